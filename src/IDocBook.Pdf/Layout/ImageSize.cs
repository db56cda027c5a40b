using SkiaSharp;

namespace IDocBook.Pdf.Layout;

/// <summary>An image's intrinsic size in CSS pixels, read without decoding the pixels.</summary>
internal static class ImageSize
{
    public static (float Width, float Height)? Of(string mediaType, byte[] data)
    {
        try
        {
            if (mediaType == "image/svg+xml")
            {
                using var svg = new Svg.Skia.SKSvg();
                using var stream = new MemoryStream(data);
                var picture = svg.Load(stream);
                return picture is null || picture.CullRect.Width <= 0 ? null : (picture.CullRect.Width, picture.CullRect.Height);
            }
            using var codec = SKCodec.Create(new MemoryStream(data));
            return codec is null ? null : (codec.Info.Width, codec.Info.Height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
