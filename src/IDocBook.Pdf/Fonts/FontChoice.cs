namespace IDocBook.Pdf.Fonts;

/// <summary>
/// The fonts a book asks for: files per role, as its config names them (a null entry means the
/// bundled face), the config's <c>fallback</c> list, the <c>--font-path</c> folders, and whether the
/// fonts installed on the machine may fill in characters no other font has.
/// </summary>
/// <remarks>TrueType (glyf) or OpenType (CFF) outlines: the PDF embeds each as the font program it is.</remarks>
public sealed record FontChoice(string? Body = null, string? BodyBold = null, string? Heading = null, string? Mono = null)
{
    public static readonly FontChoice Default = new();

    public string? Italic { get; init; }
    public string? BoldItalic { get; init; }

    /// <summary>Font files tried after the bundled ones, in order.</summary>
    public IReadOnlyList<string> Fallback { get; init; } = [];

    /// <summary>Folders whose font files are tried after <see cref="Fallback"/>, each folder's files in path order.</summary>
    public IReadOnlyList<string> FontPaths { get; init; } = [];

    /// <summary>Whether the machine's own fonts are the last resort (see <see cref="SystemFonts"/>).</summary>
    public bool SystemFonts { get; init; }

    /// <summary>Equal for equal choices (the record's own equality compares the lists by reference).</summary>
    public string Key => string.Join('\n', [Body, BodyBold, Heading, Mono, Italic, BoldItalic, string.Join('|', Fallback), string.Join('|', FontPaths), SystemFonts ? "system" : ""]);
}
