namespace IDocBook.Core.Model;

/// <summary>Inline content. A closed set: writers switch over these types and nothing else.</summary>
public abstract record Inline(SourceSpan Source);

public sealed record Text(string Value, SourceSpan Source) : Inline(Source);

public sealed record Emphasis(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record Strong(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record Strikethrough(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record Superscript(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record Subscript(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

/// <summary>A key or key combination (<c>&lt;kbd&gt;</c>).</summary>
public sealed record Keyboard(IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record InlineCode(string Value, SourceSpan Source) : Inline(Source);

/// <summary>A generic container with attributes (raw <c>&lt;span&gt;</c>, unknown HTML elements).</summary>
public sealed record Span(Attributes Attributes, IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

public sealed record Link(LinkTarget Target, string? Title, IReadOnlyList<Inline> Content, SourceSpan Source) : Inline(Source);

/// <summary>
/// An image. <see cref="Url"/> is what the author wrote; <see cref="ResourceHref"/> is set by the
/// image transform when the file was found inside the book and is a real image.
/// </summary>
public sealed record Image(string Url, string Alt, string? Title, Attributes Attributes, SourceSpan Source) : Inline(Source)
{
    public string? ResourceHref { get; init; }
}

public sealed record LineBreak(SourceSpan Source) : Inline(Source);

/// <summary>A reference to a footnote of the same chapter; <see cref="Number"/> counts per chapter from 1.</summary>
public sealed record FootnoteReference(string Label, int Number, SourceSpan Source) : Inline(Source);
