using SkiaSharp;

namespace IDocBook.Bench;

/// <summary>
/// Deterministic screenshots for the realistic book: a window with a title bar, a sidebar, lines of
/// "text" and a noisy picture (a photo, a chart, a terminal's anti-aliased glyphs), so they compress
/// like real captures and not to nothing. PNGs and JPEGs of 50–500 KB; some PNGs have a transparent
/// margin with a soft shadow (alpha), as macOS window captures do.
/// </summary>
internal static class Screenshots
{
    public sealed record Shot(string FileName, byte[] Data);

    public static IEnumerable<Shot> Write(int count, int seed)
    {
        for (var i = 0; i < count; i++)
        {
            var random = new Random(seed * 1000 + i);
            var jpeg = i % 3 == 2;
            var alpha = !jpeg && i % 4 == 1;
            // Width and the noisy share vary so the files spread over the 50–500 KB range.
            var width = (jpeg ? 900 : 640) + 40 * (i % 12);
            var height = width * 5 / 8;
            var noisy = jpeg ? 0.3 + 0.1 * (i % 5) : 0.05 + 0.04 * (i % 7);
            var data = Draw(random, width, height, noisy, alpha, jpeg);
            yield return new Shot($"shot-{i + 1:D2}.{(jpeg ? "jpg" : "png")}", data);
        }
    }

    private static byte[] Draw(Random random, int width, int height, double noisy, bool alpha, bool jpeg)
    {
        var margin = alpha ? 24 : 0;
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(alpha ? SKColors.Transparent : SKColors.White);
            var window = new SKRect(margin, margin, width - margin, height - margin);
            if (alpha)
            {
                using var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 90), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 8), IsAntialias = true };
                canvas.DrawRoundRect(new SKRect(window.Left + 2, window.Top + 6, window.Right + 2, window.Bottom + 6), 10, 10, shadow);
            }
            using var fill = new SKPaint { IsAntialias = true, Color = SKColors.White };
            canvas.DrawRoundRect(window, alpha ? 10 : 0, alpha ? 10 : 0, fill);
            fill.Color = new SKColor(0xE8, 0xE8, 0xEC);
            canvas.DrawRect(window.Left, window.Top, window.Width, 28, fill);
            foreach (var (x, c) in new[] { (16, SKColors.IndianRed), (36, SKColors.Goldenrod), (56, SKColors.SeaGreen) })
            {
                fill.Color = c;
                canvas.DrawCircle(window.Left + x, window.Top + 14, 6, fill);
            }
            fill.Color = new SKColor(0xF3, 0xF4, 0xF6);
            canvas.DrawRect(window.Left, window.Top + 28, 150, window.Height - 28, fill);
            // Sidebar entries and text lines: grey bars of varied length, like text at a distance.
            fill.Color = new SKColor(0x55, 0x5A, 0x66);
            for (var y = window.Top + 44; y < window.Bottom - 12; y += 22)
                canvas.DrawRect(window.Left + 14, y, 40 + random.Next(80), 8, fill);
            for (var y = window.Top + 44; y < window.Bottom - 12; y += 18)
            {
                fill.Color = random.Next(6) == 0 ? new SKColor(0x1F, 0x6F, 0xEB) : new SKColor(0x33, 0x33, 0x33);
                canvas.DrawRect(window.Left + 170, y, 60 + random.Next((int)window.Width - 260), 7, fill);
            }
        }
        AddNoise(bitmap, random, noisy, margin);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, jpeg ? 85 : 100);
        return data.ToArray();
    }

    // A picture in the window's lower right: a smooth gradient with per-pixel noise (a photo or
    // anti-aliased detail), the part of a screenshot that does not compress.
    private static void AddNoise(SKBitmap bitmap, Random random, double share, int margin)
    {
        var (w, h) = (bitmap.Width - 2 * margin, bitmap.Height - 2 * margin);
        var side = Math.Sqrt(share * w * h);
        var (pw, ph) = ((int)Math.Min(w - 180, side * 1.4), (int)Math.Min(h - 40, side / 1.4));
        int x0 = bitmap.Width - margin - pw - 10, y0 = bitmap.Height - margin - ph - 10;
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < ph; y++)
        {
            for (var x = 0; x < pw; x++)
            {
                var at = (y0 + y) * stride + (x0 + x) * 4;
                var n = random.Next(-24, 25);
                pixels[at] = Clamp(60 + 150 * x / pw + n);
                pixels[at + 1] = Clamp(90 + 100 * y / ph + n / 2);
                pixels[at + 2] = Clamp(180 - 80 * x / pw + random.Next(-24, 25));
                pixels[at + 3] = 255;
            }
        }
    }

    private static byte Clamp(int v) => (byte)Math.Clamp(v, 0, 255);
}
