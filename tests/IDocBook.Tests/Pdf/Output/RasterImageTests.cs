using System.Text;
using IDocBook.Pdf.Output;
using Shouldly;
using SkiaSharp;

namespace IDocBook.Tests.Pdf.Output;

public sealed class RasterImageTests
{
    private static byte[] Png(SKColor color, int width = 4, int height = 3)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_transparent_PNG_gets_a_soft_mask_and_keeps_its_colour()
    {
        var image = RasterImage.Encode(Png(new SKColor(200, 30, 30, 128)))!;

        image.Entries.ShouldContain("/ColorSpace /DeviceRGB");
        image.Alpha.ShouldNotBeNull();
        Inflate(image.Alpha).ShouldAllBe(a => a == 128);
        // Skia decodes through premultiplied alpha, which may round a channel by one.
        Inflate(image.Data).Take(3).Zip(new byte[] { 200, 30, 30 }).ShouldAllBe(p => Math.Abs(p.First - p.Second) <= 1);
    }

    [Fact]
    public void An_opaque_gray_PNG_is_stored_as_one_gray_channel_without_a_mask()
    {
        var image = RasterImage.Encode(Png(new SKColor(90, 90, 90)))!;

        image.Entries.ShouldContain("/ColorSpace /DeviceGray");
        image.Alpha.ShouldBeNull();
        Inflate(image.Data).Length.ShouldBe(4 * 3);
    }

    [Fact]
    public void Bytes_that_are_no_image_give_none()
    {
        RasterImage.Encode(Encoding.ASCII.GetBytes("not an image")).ShouldBeNull();
    }

    [Fact]
    public void Only_8_bit_gray_or_colour_JPEGs_pass_through()
    {
        var jpeg = SampleDocument.Raster(SKEncodedImageFormat.Jpeg);

        var frame = Jpeg.Passable(jpeg).ShouldNotBeNull();
        frame.Components.ShouldBe(3);
        RasterImage.Encode(jpeg)!.Data.ShouldBe(jpeg);

        // The same file claiming four components (CMYK), which readers invert unless told how.
        var cmyk = (byte[])jpeg.Clone();
        var sof = FrameHeader(cmyk);
        cmyk[sof + 9] = 4;
        Jpeg.Passable(cmyk).ShouldBeNull();
        Jpeg.Passable(Png(SKColors.Red)).ShouldBeNull();
    }

    private static int FrameHeader(byte[] jpeg)
    {
        for (var i = 2; i + 1 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2) return i;
        }
        throw new InvalidDataException("No frame header.");
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
