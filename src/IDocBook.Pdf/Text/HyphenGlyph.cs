using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>The hyphen drawn at a line broken inside a word: in the face and size of the word's last character.</summary>
internal readonly record struct HyphenGlyph(FontFace Face, ushort Glyph, float Advance, TextStyle Style)
{
    /// <summary>
    /// What the run holds as its text: a soft hyphen, as PDF 1.7 §14.8.2.2.3 asks of a hyphen added at a
    /// line break, so that copied text gives back the word whole.
    /// </summary>
    public const string Text = "\u00AD";

    public static HyphenGlyph? For(ShapedParagraph shaped, int p, FontSet fonts)
    {
        var g = shaped.FirstGlyph[p] - 1;
        if (g < 0) return null;
        var face = shaped.Items[shaped.ItemOf[g]].Face;
        var style = shaped.Text.Pieces[shaped.Text.PieceAt(p - 1)].Style;
        if (!face.Glyphs.TryGetValue('-', out var glyph))
        {
            if (fonts.FaceFor(style.Font, '-') is not { } other || !other.Glyphs.TryGetValue('-', out glyph)) return null;
            face = other;
        }
        var advance = face.Shaper.GetHorizontalGlyphAdvance(glyph) * style.Size / fonts.MetricsOf(face).UnitsPerEm;
        return new HyphenGlyph(face, glyph, advance, style);
    }
}
