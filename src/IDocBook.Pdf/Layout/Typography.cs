using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// The book's type scale and colours, in one place. Body 10.5 pt is the Chinese 五号 size that
/// printed books use; headings step up on a sans face so they stand apart from the serif body.
/// Chinese, Japanese and Korean books indent every paragraph 2em on an open 1.75 line (clreq);
/// other books set a 1.45 line and indent 1.5em, but not the first paragraph after a heading,
/// as English books are printed.
/// </summary>
internal sealed record Typography
{
    public static Typography For(string language) => Core.Text.ScriptContext.IsCjkLanguage(language)
        ? new Typography()
        : new Typography { BodyLineHeight = 1.45f, ParagraphIndentEm = 1.5f, IndentAfterHeading = false };

    public float BodySize { get; init; } = 10.5f;
    public float BodyLineHeight { get; init; } = 1.75f;
    public float CodeSize { get; init; } = 8.5f;
    public float CodeLineHeight { get; init; } = 1.45f;
    public float FootnoteSize { get; init; } = 8.5f;
    public float ParagraphIndentEm { get; init; } = 2f;
    /// <summary>False leaves the first paragraph of a chapter or after a heading flush left.</summary>
    public bool IndentAfterHeading { get; init; } = true;
    public uint Text { get; init; } = 0xFF1A1A1A;
    public uint Muted { get; init; } = 0xFF666666;
    public uint LinkColor { get; init; } = 0xFF1F5FA8;
    public uint Rule { get; init; } = 0xFFBBBBBB;
    public uint CodeBackground { get; init; } = 0xFFF5F6F8;
    public uint CodeBorder { get; init; } = 0xFFE1E4E8;
    public uint QuoteBar { get; init; } = 0xFFCCCCCC;
    public uint TableHeader { get; init; } = 0xFFEEEEEE;

    public TextStyle Body => new(FontRole.Body, BodySize, Text);
    public TextStyle Code => new(FontRole.Mono, CodeSize, 0xFF24292E);

    public float HeadingSize(int level) => level switch { 1 => 20f, 2 => 15f, 3 => 12.5f, 4 => 11.5f, _ => BodySize };

    public TextStyle Heading(int level) => new(FontRole.Heading, HeadingSize(level), Text);
}
