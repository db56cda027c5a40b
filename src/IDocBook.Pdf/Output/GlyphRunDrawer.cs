using System.Text;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Draws set lines: per glyph run a text blob, with background and underline. One drawer serves
/// one document and keeps its Skia fonts, so a 1,000-page book does not make 100,000 of them.
/// </summary>
internal sealed class GlyphRunDrawer : IDisposable
{
    private readonly Dictionary<(SKTypeface, float, bool), (SKFont Font, SKFontMetrics Metrics)> _fonts = [];

    public void Draw(SKCanvas canvas, TextItem item)
    {
        foreach (var run in item.Line.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            var (font, metrics) = FontFor(run);
            var baseline = item.Baseline - run.Style.BaselineShift;
            var left = item.X + run.Left;
            if (run.Style.Background != 0)
            {
                using var fill = new SKPaint { Color = new SKColor(run.Style.Background), IsAntialias = true };
                canvas.DrawRect(SKRect.Create(left, baseline + metrics.Ascent, run.Width, metrics.Descent - metrics.Ascent), fill);
            }

            using var paint = new SKPaint { Color = new SKColor(run.Style.Color), IsAntialias = true };
            using (var blob = Build(run, font, item.X, baseline))
            {
                canvas.DrawText(blob, 0, 0, paint);
            }

            if (run.Style.Underline)
            {
                var thickness = metrics.UnderlineThickness is > 0 and var t ? t : run.Style.Size / 18;
                var offset = metrics.UnderlinePosition is > 0 and var p ? p : run.Style.Size / 8;
                using var pen = new SKPaint { Color = paint.Color, StrokeWidth = thickness, Style = SKPaintStyle.Stroke };
                canvas.DrawLine(left, baseline + offset, left + run.Width, baseline + offset, pen);
            }

            if (run.Style.Strike)
            {
                var middle = baseline - run.Style.Size * 0.3f;
                using var pen = new SKPaint { Color = paint.Color, StrokeWidth = run.Style.Size / 16, Style = SKPaintStyle.Stroke };
                canvas.DrawLine(left, middle, left + run.Width, middle, pen);
            }
        }
    }

    public void Dispose()
    {
        foreach (var (font, _) in _fonts.Values) font.Dispose();
    }

    private (SKFont, SKFontMetrics) FontFor(GlyphRun run)
    {
        var key = (run.Font.Typeface, run.Style.Size, run.Style.Oblique);
        if (!_fonts.TryGetValue(key, out var entry))
        {
            // The CJK faces have no italic, so emphasis is a synthetic oblique, as browsers do.
            var font = new SKFont(run.Font.Typeface, run.Style.Size) { Subpixel = true, LinearMetrics = true, SkewX = run.Style.Oblique ? -0.2f : 0 };
            _fonts[key] = entry = (font, font.Metrics);
        }
        return entry;
    }

    // A text run (glyphs + UTF-8 source + clusters) rather than bare glyphs: Skia then writes
    // /ActualText wherever glyphs do not map one-to-one to characters (ligatures, .notdef boxes),
    // so copying from the PDF gives back the source text.
    private static SKTextBlob Build(GlyphRun run, SKFont font, float x, float baseline)
    {
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(x + run.X[i], baseline);
        }
        using var builder = new SKTextBlobBuilder();
        if (run.Text.Length == 0)
        {
            builder.AddPositionedRun(run.Glyphs, font, positions);
        }
        else
        {
            var text = Encoding.UTF8.GetBytes(run.Text);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, text.Length);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(positions);
            buffer.SetText(text);
            buffer.SetClusters(ClusterMap.Clusters(run, font));
        }
        return builder.Build() ?? throw new InvalidOperationException($"Skia built no text blob for \"{run.Text}\".");
    }
}
