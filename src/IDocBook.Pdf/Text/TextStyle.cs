using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>How a run of text looks. <see cref="Color"/> is 0xAARRGGBB; sizes are in points.</summary>
public sealed record TextStyle(FontRole Font, float Size, uint Color = 0xFF000000)
{
    public bool Underline { get; init; }
    /// <summary>Raised (&gt;0) or lowered (&lt;0) baseline shift in points, for superscript and subscript.</summary>
    public float BaselineShift { get; init; }
    /// <summary>A background drawn behind the glyphs (inline code, keys); 0 for none.</summary>
    public uint Background { get; init; }
    /// <summary>
    /// Emphasis: Latin is set in the italic role (<see cref="FontRole.BodyItalic"/>); CJK, which has no
    /// italic, gets a dot under each character, as clreq describes (着重号), never a slanted regular.
    /// </summary>
    public bool EmphasisDots { get; init; }
    /// <summary>A line through the glyphs (strikethrough).</summary>
    public bool Strike { get; init; }
}
