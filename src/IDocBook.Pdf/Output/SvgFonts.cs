using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The book's own (subset) faces for text in SVG images. Skia here has no system fonts, and a
/// font file loaded for the SVG would be embedded whole; the subsets hold the SVG's characters
/// because the writer adds them when it collects the book's characters.
/// </summary>
public sealed record SvgFonts(SKTypeface Regular, SKTypeface Bold, SKTypeface Mono)
{
    internal ITypefaceProvider Provider() => new BookTypefaces(this);

    private sealed class BookTypefaces(SvgFonts fonts) : ITypefaceProvider
    {
        public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant)
        {
            if (fontFamily.Contains("mono", StringComparison.OrdinalIgnoreCase) || fontFamily.Contains("courier", StringComparison.OrdinalIgnoreCase))
                return fonts.Mono;
            return weight >= SKFontStyleWeight.SemiBold ? fonts.Bold : fonts.Regular;
        }
    }
}
