using SkiaSharp;
using Svg.Skia;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Draws images scaled into their boxes: SVG as vectors, everything else through Skia's codecs.
/// One drawer serves one document and decodes each image once: Skia's PDF backend embeds an image
/// once per image object, so a figure used on 50 pages is stored once, and an SVG is parsed once.
/// </summary>
internal sealed class ImageDrawer(SvgFonts? fonts) : IDisposable
{
    // Keyed by the resource's byte array: the model holds one array per image file.
    private readonly Dictionary<byte[], SKImage?> _rasters = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<byte[], SKSvg?> _svgs = new(ReferenceEqualityComparer.Instance);

    public void Draw(SKCanvas canvas, ImageItem item)
    {
        var box = SKRect.Create(item.X, item.Y, item.Width, item.Height);
        var drawn = string.Equals(item.MediaType, "image/svg+xml", StringComparison.OrdinalIgnoreCase)
            ? DrawSvg(canvas, item.Data, box)
            : DrawRaster(canvas, item.Data, box);
        if (!drawn) DrawPlaceholder(canvas, box);
    }

    public void Dispose()
    {
        foreach (var image in _rasters.Values) image?.Dispose();
        foreach (var svg in _svgs.Values) svg?.Dispose();
    }

    // An image made from its encoded bytes stays lazily decoded, which is what lets Skia's PDF
    // backend embed a JPEG as-is (/DCTDecode) instead of re-encoding its pixels.
    private bool DrawRaster(SKCanvas canvas, byte[] data, SKRect box)
    {
        if (!_rasters.TryGetValue(data, out var image))
        {
            using var encoded = SKData.CreateCopy(data);
            _rasters[data] = image = SKImage.FromEncodedData(encoded);
        }
        if (image is null) return false;
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, box, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        return true;
    }

    private bool DrawSvg(SKCanvas canvas, byte[] data, SKRect box)
    {
        if (!_svgs.TryGetValue(data, out var svg)) _svgs[data] = svg = LoadSvg(data);
        var picture = svg?.Picture;
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0) return false;

        var cull = picture.CullRect;
        canvas.Save();
        canvas.ClipRect(box);
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(box.Width / cull.Width, box.Height / cull.Height);
        canvas.Translate(-cull.Left, -cull.Top);
        canvas.DrawPicture(picture);
        canvas.Restore();
        return true;
    }

    private SKSvg? LoadSvg(byte[] data)
    {
        var document = SvgSanitizer.Clean(data);
        if (document is null) return null;
        using var stream = new MemoryStream();
        document.Save(stream);
        stream.Position = 0;
        var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        if (fonts is not null) svg.Settings.TypefaceProviders = [fonts.Provider()];
        svg.Load(stream);
        return svg;
    }

    // The layout checks images before placing them; if bytes still do not decode, a visible empty
    // frame is better than a silent gap.
    private static void DrawPlaceholder(SKCanvas canvas, SKRect box)
    {
        using var pen = new SKPaint { Color = new SKColor(0xFF999999), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        canvas.DrawRect(box, pen);
        canvas.DrawLine(box.Left, box.Top, box.Right, box.Bottom, pen);
        canvas.DrawLine(box.Left, box.Bottom, box.Right, box.Top, pen);
    }
}
