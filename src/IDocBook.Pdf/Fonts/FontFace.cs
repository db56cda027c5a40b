using SkiaSharp;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// One font of the book: the subset's bytes (which the PDF embeds, cut down again to the glyphs
/// drawn), the Skia typeface (for metrics and for text in SVG images) and the HarfBuzz font shaped
/// with. All are made from the same subset bytes, so glyph ids agree.
/// </summary>
public sealed class FontFace(string name, byte[] data, SKTypeface typeface, HarfBuzzSharp.Font shaper, params IDisposable[] shaperResources) : IDisposable
{
    /// <summary>A short stable name for diagnostics and tests ("NotoSerifSC-Regular").</summary>
    public string Name { get; } = name;
    public byte[] Data { get; } = data;
    public SKTypeface Typeface { get; } = typeface;
    public HarfBuzzSharp.Font Shaper { get; } = shaper;

    /// <summary>Each mapped glyph's character, as the PDF's text extraction should give it back.</summary>
    public required IReadOnlyDictionary<ushort, int> Characters { get; init; }

    /// <summary>The cmap for the characters the subset was made for (a lookup here is far cheaper than asking HarfBuzz).</summary>
    public required IReadOnlyDictionary<int, ushort> Glyphs { get; init; }

    public void Dispose()
    {
        Shaper.Dispose();
        foreach (var resource in shaperResources) resource.Dispose();
        Typeface.Dispose();
    }

    public override string ToString() => Name;
}
