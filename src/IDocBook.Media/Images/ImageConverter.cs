using SkiaSharp;

namespace IDocBook.Media.Images;

/// <summary>
/// Makes a raster image fit for a book: decodes it once to prove it whole (a truncated PNG is
/// refused, not shown half grey), refuses decompression bombs from the header alone, downscales
/// images larger than <see cref="ImageLimits.MaxSide"/> without holding them decoded at full size,
/// and turns BMP and WebP into PNG (neither is safe in EPUB readers: BMP is not an EPUB type, and
/// EPUBCheck 4.2.6 validates EPUB 3.2, where WebP is not yet a core media type).
/// </summary>
public static class ImageConverter
{
    private const int JpegQuality = 88;

    private const string Undecodable = "cannot be decoded: its header is damaged or the format is not supported";

    public static unsafe ImageResult Convert(string mediaType, byte[] data)
    {
        if (data.Length == 0) return ImageResult.Refused(ImageProblem.Damaged, Undecodable);
        // Skia reads the pinned array itself: a copy would be the size of every image in the book
        // again, in fresh native memory.
        fixed (byte* bytes = data)
        {
            using var encoded = SKData.Create((IntPtr)bytes, data.Length);
            return Convert(mediaType, data, encoded);
        }
    }

    private static ImageResult Convert(string mediaType, byte[] data, SKData encoded)
    {
        using var codec = SKCodec.Create(encoded);
        if (codec is null) return ImageResult.Refused(ImageProblem.Damaged, Undecodable);
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return ImageResult.Refused(ImageProblem.Damaged, "has no pixels");
        if ((long)width * height > ImageLimits.MaxPixels)
            return ImageResult.Refused(ImageProblem.TooLarge, $"is {width}×{height} pixels, more than the {ImageLimits.MaxPixels / 1_000_000} million allowed (a decompression bomb or a scan far larger than any page)");

        var target = Fit(width, height);
        var resize = target != (width, height);
        var convert = mediaType is "image/bmp" or "image/webp";
        if (!resize && !convert && codec.EncodedFormat is SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png)
        {
            // Kept as it is, a JPEG or PNG only has to be proven whole. A JPEG is decoded at an
            // eighth of its size: libjpeg still reads every entropy-coded segment (so a cut file is
            // still caught) but does no inverse transform or colour conversion. A PNG's image data
            // is inflated and checked without decoding a pixel (see PngProof).
            var proof = codec.EncodedFormat == SKEncodedImageFormat.Png ? PngProof.Check(data) : Proven(codec);
            return proof is null ? new ImageResult(data, mediaType, width, height) : ImageResult.Refused(ImageProblem.Damaged, proof);
        }
        using var bitmap = resize ? ScaledDecoder.Decode(codec, data, target.Width, target.Height, out var why) : Full(codec, out why);
        if (bitmap is null) return ImageResult.Refused(why!.StartsWith("is too large", StringComparison.Ordinal) ? ImageProblem.TooLarge : ImageProblem.Damaged, why);
        if (!resize && !convert) return new ImageResult(data, mediaType, width, height);

        var jpeg = mediaType == "image/jpeg";
        using var image = SKImage.FromBitmap(bitmap);
        using var output = image.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, jpeg ? JpegQuality : 100);
        return new ImageResult(output.ToArray(), jpeg ? "image/jpeg" : "image/png", bitmap.Width, bitmap.Height)
        {
            DownscaledFrom = resize ? (width, height) : null,
        };
    }

    /// <summary>The size that fits in <see cref="ImageLimits.MaxSide"/> with the same aspect ratio.</summary>
    public static (int Width, int Height) Fit(int width, int height)
    {
        var longest = Math.Max(width, height);
        if (longest <= ImageLimits.MaxSide) return (width, height);
        var scale = (double)ImageLimits.MaxSide / longest;
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    /// <returns>Null when the image decodes whole at its smallest scale, else what is wrong.</returns>
    private static string? Proven(SKCodec codec)
    {
        var size = codec.GetScaledDimensions(0.125f);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        return result == SKCodecResult.Success ? null : Damage(result);
    }

    private static SKBitmap? Full(SKCodec codec, out string? why)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        why = result == SKCodecResult.Success ? null : Damage(result);
        if (why is null) return bitmap;
        bitmap.Dispose();
        return null;
    }

    internal const string Truncated = "is truncated (the file ends before the image does)";

    internal static string Damage(SKCodecResult result) => result == SKCodecResult.IncompleteInput ? Truncated : $"is damaged ({result})";
}
