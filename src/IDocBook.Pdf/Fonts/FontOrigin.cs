namespace IDocBook.Pdf.Fonts;

/// <summary>Where a font of a fallback chain comes from, in the order the chain tries them.</summary>
public enum FontOrigin
{
    /// <summary>Named by role in the book's config (<c>fonts: body: …</c>).</summary>
    Book,
    /// <summary>Shipped in <c>fonts/</c> beside the program.</summary>
    Bundled,
    /// <summary>The config's <c>fonts: fallback:</c> list.</summary>
    Fallback,
    /// <summary>A folder given with <c>--font-path</c>.</summary>
    FontPath,
    /// <summary>Installed on this machine; asked only for characters no other font has.</summary>
    System,
}
