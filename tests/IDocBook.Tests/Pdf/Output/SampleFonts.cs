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
        Serif = FaceLoader.Load(BundledFonts.Serif, [.. characters.EnumerateRunes().Select(r => r.Value).Distinct()]).Face;
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

    /// <summary>One run of <paramref name="text"/> shaped by HarfBuzz, so ligatures form as in a book.</summary>
    public TextLine Shaped(string text, float size = 12)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        Serif.Shaper.Shape(buffer);
        Serif.Shaper.GetScale(out var unitsPerEm, out _);
        var glyphs = buffer.GlyphInfos.Select(g => (ushort)g.Codepoint).ToArray();
        var x = new float[glyphs.Length];
        var advance = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            x[i] = advance;
            advance += buffer.GlyphPositions[i].XAdvance * size / unitsPerEm;
        }
        var run = new GlyphRun(Serif, new TextStyle(FontRole.Body, size), glyphs, x, text, advance, null);
        return new TextLine(advance, size * 1.6f, size * 1.2f, [run]);
    }

    public void Dispose() => Serif.Dispose();
}
