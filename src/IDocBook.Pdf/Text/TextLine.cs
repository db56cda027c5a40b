using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// One set line: glyph runs positioned from the line's left edge and baseline. <see cref="Height"/>
/// is the full line advance (leading included); <see cref="Baseline"/> is measured from the top.
/// </summary>
public sealed record TextLine(float Width, float Height, float Baseline, IReadOnlyList<GlyphRun> Runs)
{
    /// <summary>The last line of its paragraph (kept ragged when justifying).</summary>
    public bool IsLast { get; init; }

    /// <summary>How far the line runs past its measure (a grapheme wider than the measure; 0 for a line that fits).</summary>
    public float Overflow { get; init; }

    /// <summary>The line ends between two letters of a word outside code without a hyphen (an identifier or URL cut as a last resort).</summary>
    public bool CutInsideWord { get; init; }
}

/// <summary>
/// Glyphs of one font at one size: ids in the subset font, x positions from the line start,
/// and the source text they render (for the PDF's text extraction and for tests).
/// </summary>
public sealed record GlyphRun(FontFace Font, TextStyle Style, ushort[] Glyphs, float[] X, string Text, float Width, LinkRef? Link)
{
    /// <summary>Where the run starts on the line (the first glyph's x).</summary>
    public float Left => X.Length > 0 ? X[0] : 0;

    /// <summary>
    /// A mark the typesetter adds where it breaks a line (↘ on a wrapped code line, the hyphen of a
    /// hyphenated word): drawn, but not source text, so text extraction checks and copy-aware writers
    /// can leave it out.
    /// </summary>
    public bool IsContinuationMark { get; init; }
}
