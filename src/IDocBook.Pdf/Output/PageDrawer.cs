using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Turns pages' items into Skia calls, in order (later items paint over earlier ones). One drawer
/// serves one document: its text and image drawers keep what every page reuses. <see cref="Prepare"/>
/// may run on any thread, ahead of <see cref="Draw"/>, which runs on the document's thread.
/// </summary>
internal sealed class PageDrawer(SvgFonts? svgFonts) : IDisposable
{
    private readonly GlyphRunDrawer _glyphs = new();
    private readonly ImageDrawer _images = new(svgFonts);

    public void Dispose()
    {
        _glyphs.Dispose();
        _images.Dispose();
    }

    /// <summary>The text of <paramref name="page"/> made ready to draw: one entry per item, null for items that are not text.</summary>
    public IReadOnlyList<GlyphRunDrawer.PreparedRun>?[] Prepare(Page page) =>
        [.. page.Items.Select(item => item is TextItem text ? _glyphs.Prepare(text) : null)];

    public void Draw(SKCanvas canvas, Page page, IReadOnlyList<GlyphRunDrawer.PreparedRun>?[] prepared)
    {
        for (var i = 0; i < page.Items.Count; i++)
        {
            var item = page.Items[i];
            switch (item)
            {
                case TextItem:
                    _glyphs.Draw(canvas, prepared[i]!);
                    break;
                case RectItem rect:
                    DrawRect(canvas, rect);
                    break;
                case LineItem line:
                    using (var pen = new SKPaint { Color = new SKColor(line.Color), StrokeWidth = line.Width, Style = SKPaintStyle.Stroke, IsAntialias = true })
                    {
                        canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, pen);
                    }
                    break;
                case ImageItem image:
                    _images.Draw(canvas, image);
                    break;
                case LinkItem link:
                    DrawLink(canvas, link);
                    break;
                case DestinationItem destination:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(destination.X, destination.Y), DestinationNames.ForPdf(destination.Name));
                    break;
                default:
                    throw new NotSupportedException($"Unknown page item {item.GetType().Name}.");
            }
        }
    }

    private static void DrawRect(SKCanvas canvas, RectItem rect)
    {
        var box = SKRect.Create(rect.X, rect.Y, rect.Width, rect.Height);
        if (rect.Fill != 0)
        {
            using var fill = new SKPaint { Color = new SKColor(rect.Fill), Style = SKPaintStyle.Fill };
            canvas.DrawRect(box, fill);
        }
        if (rect.Stroke != 0 && rect.StrokeWidth > 0)
        {
            using var pen = new SKPaint { Color = new SKColor(rect.Stroke), Style = SKPaintStyle.Stroke, StrokeWidth = rect.StrokeWidth };
            canvas.DrawRect(box, pen);
        }
    }

    private static void DrawLink(SKCanvas canvas, LinkItem link)
    {
        var area = SKRect.Create(link.X, link.Y, link.Width, link.Height);
        if (link.Target.Url is { Length: > 0 } url)
        {
            canvas.DrawUrlAnnotation(area, AsciiUri(url));
        }
        else if (link.Target.Destination is { Length: > 0 } destination)
        {
            canvas.DrawLinkDestinationAnnotation(area, DestinationNames.ForPdf(destination));
        }
    }

    // A PDF URI action holds 7-bit ASCII; anything else is percent-encoded as UTF-8 (RFC 3987 → 3986).
    private static string AsciiUri(string url)
    {
        var builder = new System.Text.StringBuilder(url.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(url))
        {
            if (b is > 0x20 and < 0x7F) builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
