using IDocBook.Media.Fonts;
using IDocBook.Pdf.Fonts;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Faces for the text of SVG images. Skia here has no system fonts, and a font file loaded whole for
/// an SVG would be embedded whole, so every face is a subset holding the SVG's characters.
/// <list type="bullet">
/// <item>SVG text that the metric-compatible faces cover gets them: Times and serif → Liberation
/// Serif, Helvetica, Arial and sans-serif → Liberation Sans, Courier and monospace → Liberation Mono.
/// They have the widths of the faces the drawing was made with, so labels stay inside their boxes.
/// An unknown family is serif, as in browsers.</item>
/// <item>SVG text they do not cover (Chinese labels) is set in the book's own faces, which do.</item>
/// </list>
/// </summary>
public sealed class SvgFonts : IDisposable
{
    private readonly FontFace[] _metric;
    private readonly FontFace[] _book;

    /// <param name="choice">The book's fonts: its body, bold and mono faces set SVG text the metric faces lack.</param>
    /// <param name="svgCharacters">Every character the book's SVG images show.</param>
    public SvgFonts(FontChoice choice, IReadOnlySet<int> svgCharacters)
    {
        string[] files =
        [
            BundledFonts.MetricSerif, BundledFonts.MetricSerifBold, BundledFonts.MetricSans, BundledFonts.MetricSansBold, BundledFonts.MetricMono,
            choice.Body ?? BundledFonts.Serif, choice.BodyBold ?? BundledFonts.SerifBold, choice.Mono ?? BundledFonts.Mono,
        ];
        int[] wanted = [.. svgCharacters.Append(' ').Distinct().Order()];
        var faces = new FontFace[files.Length];
        Parallel.For(0, files.Length, i => faces[i] = FaceLoader.Load(files[i], wanted).Face);
        (_metric, _book) = (faces[..5], faces[5..]);
    }

    /// <summary>The provider for one SVG, chosen by the text it shows.</summary>
    internal ITypefaceProvider Provider(string text) =>
        text.EnumerateRunes().All(r => r.Value <= ' ' || Invisible.Is(r.Value) || _metric.All(f => f.Glyphs.ContainsKey(r.Value)))
            ? new Metric(this)
            : new Book(this);

    private sealed class Metric(SvgFonts fonts) : ITypefaceProvider
    {
        public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant)
        {
            var bold = weight >= SKFontStyleWeight.SemiBold;
            return Generic(fontFamily) switch
            {
                "mono" => fonts._metric[4].Typeface,
                "sans" => fonts._metric[bold ? 3 : 2].Typeface,
                _ => fonts._metric[bold ? 1 : 0].Typeface,
            };
        }
    }

    private sealed class Book(SvgFonts fonts) : ITypefaceProvider
    {
        public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight weight, SKFontStyleWidth width, SKFontStyleSlant slant) =>
            fonts._book[Generic(fontFamily) == "mono" ? 2 : weight >= SKFontStyleWeight.SemiBold ? 1 : 0].Typeface;
    }

    /// <summary>The generic family of the first family in a CSS list that names one: serif, sans or mono.</summary>
    internal static string Generic(string families)
    {
        foreach (var raw in families.Split(','))
        {
            var name = raw.Trim().Trim('"', '\'').ToLowerInvariant();
            if (name.Contains("mono") || name.Contains("courier") || name is "consolas" or "menlo" or "monaco") return "mono";
            if (name.Contains("sans") || name.Contains("helvetica") || name.Contains("arial") || name is "verdana" or "tahoma" or "segoe ui" or "system-ui" or "trebuchet ms") return "sans";
            if (name.Contains("serif") || name.Contains("times") || name is "georgia" or "cambria") return "serif";
        }
        return "serif";
    }

    public void Dispose()
    {
        foreach (var face in _metric.Concat(_book)) face?.Dispose();
    }
}
