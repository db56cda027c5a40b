using IDocBook.Media.Fonts;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Tests.Pdf.Output;

/// <summary>
/// Real subset fonts and hand-set lines for PDF tests, made without the text layouter: glyphs from the
/// cmap, advances from Skia. Enough to test the writer on its own.
/// </summary>
internal sealed class SampleFonts : IDisposable
{
    public FontFace Serif { get; }

    public SampleFonts(string characters)
    {
        var data = FontSubsetter.Subset(BundledFonts.Serif, characters.EnumerateRunes().Select(r => r.Value).Distinct());
        var typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("Skia rejected the subset font.");
        using var hbBlob = HarfBuzzSharp.Blob.FromStream(new MemoryStream(data));
        using var face = new HarfBuzzSharp.Face(hbBlob, 0);
        Serif = new FontFace("NotoSerifSC-Regular", data, typeface, new HarfBuzzSharp.Font(face));
    }

    /// <summary>One run of <paramref name="text"/> set without kerning or shaping, glyph by glyph.</summary>
    public TextLine Line(string text, float size = 12, uint color = 0xFF000000, LinkRef? link = null, bool underline = false, uint background = 0)
    {
        using var font = new SKFont(Serif.Typeface, size) { Subpixel = true, LinearMetrics = true };
        var glyphs = font.GetGlyphs(text);
        var widths = font.GetGlyphWidths(glyphs);
        var x = new float[glyphs.Length];
        var advance = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            x[i] = advance;
            advance += widths[i];
        }
        var style = new TextStyle(FontRole.Body, size, color) { Underline = underline, Background = background };
        var run = new GlyphRun(Serif, style, glyphs, x, text, advance, link);
        return new TextLine(advance, size * 1.6f, size * 1.2f, [run]);
    }

    public void Dispose() => Serif.Dispose();
}
