using System.Collections.Concurrent;
using System.Text;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Draws set lines: per glyph run a text blob, with background and underline. One drawer serves
/// one document and keeps its Skia fonts, so a 1,000-page book does not make 100,000 of them.
/// </summary>
/// <remarks>
/// Drawing is split in two because Skia's PDF document takes its pages in order on one thread:
/// <see cref="Prepare"/> does the work that needs no canvas (building blobs, finding clusters, placing
/// decorations) and is safe to call from several threads for pages ahead; <see cref="Draw"/> only
/// hands the results to the canvas.
/// </remarks>
internal sealed class GlyphRunDrawer : IDisposable
{
    private readonly ConcurrentDictionary<(SKTypeface, float, bool), Lazy<(SKFont Font, SKFontMetrics Metrics)>> _fonts = new();

    // Used only by Draw, on the drawing thread; a colour change is cheaper than a native paint per run.
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { Style = SKPaintStyle.Stroke };

    /// <summary>What one run of a line becomes on the canvas.</summary>
    private static readonly (SKPoint, SKPoint, float)[] NoRules = [];

    internal sealed record PreparedRun(SKTextBlob Blob, uint Color, SKRect? Background, uint BackgroundColor, IReadOnlyList<(SKPoint From, SKPoint To, float Width)> Rules);

    public IReadOnlyList<PreparedRun> Prepare(TextItem item)
    {
        var runs = new List<PreparedRun>(item.Line.Runs.Count);
        foreach (var run in item.Line.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            var (font, metrics) = FontFor(run);
            var baseline = item.Baseline - run.Style.BaselineShift;
            var left = item.X + run.Left;
            SKRect? background = run.Style.Background != 0
                ? SKRect.Create(left, baseline + metrics.Ascent, run.Width, metrics.Descent - metrics.Ascent)
                : null;
            // Most runs have no rule: they share the empty list instead of allocating one each.
            IReadOnlyList<(SKPoint, SKPoint, float)> rules = NoRules;
            if (run.Style.Underline)
            {
                var thickness = metrics.UnderlineThickness is > 0 and var t ? t : run.Style.Size / 18;
                var offset = metrics.UnderlinePosition is > 0 and var p ? p : run.Style.Size / 8;
                rules = [.. rules, (new SKPoint(left, baseline + offset), new SKPoint(left + run.Width, baseline + offset), thickness)];
            }
            if (run.Style.Strike)
            {
                var middle = baseline - run.Style.Size * 0.3f;
                rules = [.. rules, (new SKPoint(left, middle), new SKPoint(left + run.Width, middle), run.Style.Size / 16)];
            }
            runs.Add(new PreparedRun(Build(run, font, item.X, baseline), run.Style.Color, background, run.Style.Background, rules));
        }
        return runs;
    }

    /// <summary>Draws runs from <see cref="Prepare"/> and disposes their blobs.</summary>
    public void Draw(SKCanvas canvas, IReadOnlyList<PreparedRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Background is { } background)
            {
                _fill.Color = new SKColor(run.BackgroundColor);
                canvas.DrawRect(background, _fill);
            }
            _fill.Color = new SKColor(run.Color);
            canvas.DrawText(run.Blob, 0, 0, _fill);
            run.Blob.Dispose();
            foreach (var (from, to, width) in run.Rules)
            {
                _stroke.Color = new SKColor(run.Color);
                _stroke.StrokeWidth = width;
                canvas.DrawLine(from, to, _stroke);
            }
        }
    }

    public void Dispose()
    {
        foreach (var entry in _fonts.Values) if (entry.IsValueCreated) entry.Value.Font.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }

    private (SKFont, SKFontMetrics) FontFor(GlyphRun run) =>
        _fonts.GetOrAdd((run.Font.Typeface, run.Style.Size, run.Style.Oblique), key => new(() =>
        {
            // The CJK faces have no italic, so emphasis is a synthetic oblique, as browsers do.
            var font = new SKFont(key.Item1, key.Item2) { Subpixel = true, LinearMetrics = true, SkewX = key.Item3 ? -0.2f : 0 };
            return (font, font.Metrics);
        })).Value;

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
