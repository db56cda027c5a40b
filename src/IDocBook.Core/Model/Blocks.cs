namespace IDocBook.Core.Model;

/// <summary>Block content. A closed set: writers switch over these types and nothing else.</summary>
public abstract record Block(SourceSpan Source);

/// <summary>
/// A heading. <see cref="Level"/> is the structural depth inside the chapter (1 = the chapter title),
/// not the number of <c>#</c> the author typed: headings that skip levels nest by structure.
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, Attributes Attributes, SourceSpan Source) : Block(Source)
{
    /// <summary>Section number such as "2.3", set by the numbering transform when numbering is on.</summary>
    public string? Number { get; init; }
}

public sealed record Paragraph(IReadOnlyList<Inline> Content, SourceSpan Source) : Block(Source);

public sealed record ListBlock(bool Ordered, int Start, bool Tight, IReadOnlyList<ListItem> Items, SourceSpan Source) : Block(Source);

/// <summary>A list item; <see cref="Checked"/> is null for an ordinary item, true/false for a task.</summary>
public sealed record ListItem(IReadOnlyList<Block> Content, bool? Checked, SourceSpan Source);

public sealed record BlockQuote(IReadOnlyList<Block> Content, SourceSpan Source) : Block(Source);

/// <summary>
/// Fenced or indented code. <see cref="Language"/> is the first word of the info string.
/// <see cref="Lines"/> is filled by the highlighting transform; when null, writers show <see cref="Code"/> plain.
/// </summary>
public sealed record CodeBlock(string? Language, string Code, SourceSpan Source) : Block(Source)
{
    public IReadOnlyList<CodeLine>? Lines { get; init; }

    /// <summary>
    /// The other words of the info string as classes (<c>rust,ignore,does_not_compile</c> gives
    /// <c>ignore</c> and <c>does_not_compile</c>), and <c>{.class key=value}</c> attributes. Writers
    /// show the marks mdBook books use for code that does not compile or panics (see <c>CodeNote</c>).
    /// </summary>
    public Attributes Attributes { get; init; } = Attributes.Empty;
}

public sealed record CodeLine(IReadOnlyList<CodeToken> Tokens);

/// <summary>A run of code text in one style; a null style is the default text colour.</summary>
public sealed record CodeToken(string Text, TokenStyle? Style);

/// <summary>
/// A highlighting style: <see cref="Name"/> is a stable, CSS-safe name (EPUB class), the rest is
/// what the PDF draws. Colours are <c>#rrggbb</c>.
/// </summary>
public sealed record TokenStyle(string Name, string? Foreground, bool Bold, bool Italic);

public enum ColumnAlign { Default, Left, Center, Right }

public sealed record Table(IReadOnlyList<ColumnAlign> Alignments, IReadOnlyList<TableRow> Header, IReadOnlyList<TableRow> Body, SourceSpan Source) : Block(Source);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public SourceSpan Source { get; init; } = SourceSpan.None;
}

public sealed record TableCell(IReadOnlyList<Inline> Content, ColumnAlign Align, int ColumnSpan = 1)
{
    public SourceSpan Source { get; init; } = SourceSpan.None;
}

/// <summary>A block-level image with an optional caption (a paragraph holding only an image, <c>&lt;figure&gt;</c>).</summary>
public sealed record Figure(Image Image, IReadOnlyList<Inline> Caption, SourceSpan Source) : Block(Source);

/// <summary>
/// A code listing as mdBook books mark it up (<c>&lt;Listing number="2-1" file-name="src/main.rs"
/// caption="…"&gt;</c> around a fence): its content, usually one code block, the file the code goes
/// in, and a caption that both writers print as "Listing 2-1: caption". <see cref="Number"/> is the
/// author's own, as the book numbers its listings; null when the author gave none.
/// </summary>
public sealed record Listing(string? Number, string? FileName, IReadOnlyList<Inline> Caption, IReadOnlyList<Block> Content, SourceSpan Source) : Block(Source);

public sealed record ThematicBreak(SourceSpan Source) : Block(Source);

/// <summary>A generic block container: <c>&lt;div align&gt;</c>, alerts (class <c>alert-note</c> …), centred text.</summary>
public sealed record Div(Attributes Attributes, IReadOnlyList<Block> Content, SourceSpan Source) : Block(Source);

/// <summary>A disclosure block (<c>&lt;details&gt;</c>/<c>&lt;summary&gt;</c>); print shows it open.</summary>
public sealed record Details(IReadOnlyList<Inline> Summary, IReadOnlyList<Block> Content, SourceSpan Source) : Block(Source);

/// <summary>A footnote's text. The reader puts them at the end of the chapter's blocks, in number order.</summary>
public sealed record FootnoteDefinition(string Label, int Number, IReadOnlyList<Block> Content, SourceSpan Source) : Block(Source);
