using SkiaSharp;

namespace IDocBook.Media.Images;

/// <summary>
/// Decodes a large image straight to a small size. Codecs that can scale while decoding (JPEG in
/// eighths, WebP freely) are asked to; PNG is streamed row by row (<see cref="PngRows"/>) and other
/// formats are read through Skia's scanline decoder, and rows are averaged down a band at a time,
/// so a 20000×20000 PNG never needs its 1.6 GB of pixels in memory at once.
/// </summary>
internal static class ScaledDecoder
{
    private delegate bool RowReader(Span<byte> rgba);

    /// <param name="why">Why decoding failed (damaged data, or a format that cannot be streamed).</param>
    public static SKBitmap? Decode(SKCodec codec, byte[] data, int width, int height, out string? why)
    {
        var native = codec.GetScaledDimensions((float)width / codec.Info.Width);
        var source = native.Width < codec.Info.Width && (long)native.Width * native.Height <= 4L * width * height
            ? Native(codec, native, out why)
            : codec.EncodedFormat == SKEncodedImageFormat.Png ? Png(data, out why) : Scanlines(codec, out why);
        if (source is null) return null;
        if (source.Width == width && source.Height == height) return source;
        using (source)
            return source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    private static SKBitmap? Native(SKCodec codec, SKSizeI size, out string? why)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        why = result == SKCodecResult.Success ? null : ImageConverter.Damage(result);
        if (why is null) return bitmap;
        bitmap.Dispose();
        return null;
    }

    private static SKBitmap? Png(byte[] data, out string? why)
    {
        using var rows = PngRows.Open(data, out why);
        return rows is null ? null : Banded(rows.Width, rows.Height, false, rows.Next, out why);
    }

    private static unsafe SKBitmap? Scanlines(SKCodec codec, out string? why)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var started = codec.StartScanlineDecode(info);
        if (started != SKCodecResult.Success)
        {
            why = $"is too large to decode whole and its format cannot be decoded in bands ({started})";
            return null;
        }
        return Banded(info.Width, info.Height, codec.ScanlineOrder == SKCodecScanlineOrder.BottomUp, row =>
        {
            fixed (byte* p = row) return codec.GetScanlines((IntPtr)p, 1, row.Length) == 1;
        }, out why);
    }

    private static void Accumulate(ReadOnlySpan<byte> row, Span<long> sums, int width, int factor)
    {
        for (int ox = 0, x = 0; x < width; ox += 4)
        {
            long r = 0, g = 0, b = 0, a = 0;
            for (var end = Math.Min(width, x + factor); x < end; x++)
            {
                var i = x * 4;
                r += row[i];
                g += row[i + 1];
                b += row[i + 2];
                a += row[i + 3];
            }
            sums[ox] += r;
            sums[ox + 1] += g;
            sums[ox + 2] += b;
            sums[ox + 3] += a;
        }
    }

    // Box filter over factor×factor blocks of premultiplied pixels, one band of rows at a time.
    private static unsafe SKBitmap? Banded(int width, int height, bool bottomUp, RowReader read, out string? why)
    {
        why = null;
        var factor = (int)Math.Ceiling(Math.Max(width, height) / (double)ImageLimits.MaxSide);
        int outWidth = (width + factor - 1) / factor, outHeight = (height + factor - 1) / factor;
        var output = new SKBitmap(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        var row = new byte[width * 4];
        var sums = new long[outWidth * 4];
        var pixels = (byte*)output.GetPixels();
        for (var y = 0; y < outHeight; y++)
        {
            var rows = Math.Min(factor, height - y * factor);
            Array.Clear(sums);
            for (var r = 0; r < rows; r++)
            {
                if (!read(row))
                {
                    why = "is truncated or damaged (its pixel data ends early or does not decompress)";
                    output.Dispose();
                    return null;
                }
                Accumulate(row, sums, width, factor);
            }
            var target = pixels + (bottomUp ? outHeight - 1 - y : y) * output.RowBytes;
            for (var x = 0; x < outWidth; x++)
            {
                var count = rows * Math.Min(factor, width - x * factor);
                for (var c = 0; c < 4; c++) target[x * 4 + c] = (byte)(sums[x * 4 + c] / count);
            }
        }
        return output;
    }
}
