namespace IDocBook.Pdf.Fonts;

/// <summary>
/// Font files per role, as a book's config may name them; a null entry means the bundled font
/// (Body: Noto Serif SC Regular, BodyBold: Noto Serif SC Bold, Heading: Noto Sans SC Bold, Mono: JetBrains Mono).
/// </summary>
/// <remarks>TrueType (glyf) or OpenType (CFF) outlines: the PDF embeds each as the font program it is.</remarks>
public sealed record FontChoice(string? Body = null, string? BodyBold = null, string? Heading = null, string? Mono = null)
{
    public static readonly FontChoice Default = new();
}
