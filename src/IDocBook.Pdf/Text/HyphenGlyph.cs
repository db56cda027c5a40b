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

    /// <summary>
    /// The hyphens of one paragraph. The breaker asks for one at every hyphenation point of every pass,
    /// nearly always in the face and style of the one before: that one is kept, rather than asking
    /// HarfBuzz for its advance again (a fifth of an English book's layout time).
    /// </summary>
    public sealed class Cache(ShapedParagraph shaped, FontSet fonts)
    {
        private FontFace? _face;
        private TextStyle? _style;
        private HyphenGlyph? _last;

        /// <summary>The hyphen of a line broken before character <paramref name="p"/>.</summary>
        public HyphenGlyph? At(int p)
        {
            var g = shaped.FirstGlyph[p] - 1;
            if (g < 0) return null;
            var face = shaped.Items[shaped.ItemOf[g]].Face;
            var style = shaped.Text.Pieces[shaped.Text.PieceAt(p - 1)].Style;
            if (!ReferenceEquals(face, _face) || !ReferenceEquals(style, _style))
            {
                (_face, _style) = (face, style);
                _last = Make(face, style, fonts);
            }
            return _last;
        }

        public float Width(int p) => At(p)?.Advance ?? 0;
    }

    private static HyphenGlyph? Make(FontFace face, TextStyle style, FontSet fonts)
    {
        if (!face.Glyphs.TryGetValue('-', out var glyph))
        {
            if (fonts.FaceFor(style.Font, '-') is not { } other || !other.Glyphs.TryGetValue('-', out glyph)) return null;
            face = other;
        }
        var advance = face.Shaper.GetHorizontalGlyphAdvance(glyph) * style.Size / fonts.MetricsOf(face).UnitsPerEm;
        return new HyphenGlyph(face, glyph, advance, style);
    }
}
