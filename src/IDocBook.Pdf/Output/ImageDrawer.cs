using SkiaSharp;
using Svg.Skia;

namespace IDocBook.Pdf.Output;

/// <summary>Draws an image scaled into its box: SVG as vectors, everything else through Skia's codecs.</summary>
internal static class ImageDrawer
{
    public static void Draw(SKCanvas canvas, ImageItem item, SvgFonts? fonts = null)
    {
        var box = SKRect.Create(item.X, item.Y, item.Width, item.Height);
        var drawn = string.Equals(item.MediaType, "image/svg+xml", StringComparison.OrdinalIgnoreCase)
            ? DrawSvg(canvas, item.Data, box, fonts)
            : DrawRaster(canvas, item.Data, box);
        if (!drawn) DrawPlaceholder(canvas, box);
    }

    // An image made from its encoded bytes stays lazily decoded, which is what lets Skia's PDF
    // backend embed a JPEG as-is (/DCTDecode) instead of re-encoding its pixels.
    private static bool DrawRaster(SKCanvas canvas, byte[] data, SKRect box)
    {
        using var encoded = SKData.CreateCopy(data);
        using var image = SKImage.FromEncodedData(encoded);
        if (image is null) return false;
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, box, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        return true;
    }

    private static bool DrawSvg(SKCanvas canvas, byte[] data, SKRect box, SvgFonts? fonts)
    {
        var document = SvgSanitizer.Clean(data);
        if (document is null) return false;
        using var stream = new MemoryStream();
        document.Save(stream);
        stream.Position = 0;
        using var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        if (fonts is not null) svg.Settings.TypefaceProviders = [fonts.Provider()];
        var picture = svg.Load(stream);
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
