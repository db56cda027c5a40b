using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using IDocBook.Media.Images;
using IDocBook.Pdf.Output;
using IDocBook.Tests.Support;
using Shouldly;
using SkiaSharp;

namespace IDocBook.Tests.Pdf.Output;

/// <summary>
/// Images the PDF holds without decoding them (opaque PNGs' compressed rows, upright 8-bit JPEGs),
/// and those that must still be decoded (transparency, interlacing, 16 bits, CMYK, EXIF rotation):
/// both must look in the PDF as the file does, which poppler is asked to show.
/// </summary>
public sealed class PassedThroughImageTests
{
    [Fact]
    public void An_opaque_colour_PNG_keeps_its_compressed_rows_and_looks_the_same()
    {
        var png = Noisy(SKEncodedImageFormat.Png);

        var image = RasterImage.Encode(png)!;

        image.Entries.ShouldContain("/DecodeParms <</Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns 48>>");
        image.Data.ShouldBe(PngLayout.ImageData(png));
        image.Alpha.ShouldBeNull();
        ShownLike(png, expected: Pixels(png));
    }

    [Fact]
    public void A_palette_PNG_without_transparency_goes_in_as_an_indexed_image()
    {
        byte[] palette = [255, 0, 0, 0, 128, 255, 250, 250, 30, 20, 20, 20];
        // Blocks of 4 × 4 pixels: the renderer smooths their edges, their middles keep the colour.
        var png = TestImages.Png(32, 16, depth: 2, colourType: 3, Rows(32, 16, (x, y) => [(byte)((x / 4 + y / 4) % 4)], 2), palette);

        var image = RasterImage.Encode(png)!;

        image.Entries.ShouldContain("/ColorSpace [/Indexed /DeviceRGB 3 <FF00000080FFFAFA1E141414>]");
        image.Entries.ShouldContain("/Predictor 15 /Colors 1 /BitsPerComponent 2 /Columns 32");
        ShownLike(png, expected: (x, y) => palette.AsSpan(3 * ((x / 4 + y / 4) % 4), 3).ToArray(), where: (x, y) => x % 4 is 1 or 2 && y % 4 is 1 or 2);
    }

    [Fact]
    public void Transparent_interlaced_and_16_bit_PNGs_are_decoded_and_keep_their_look()
    {
        byte[] palette = [255, 0, 0, 0, 0, 255];
        var keyed = TestImages.Png(4, 2, 8, 3, Rows(4, 2, (x, _) => [(byte)(x % 2)], 8), palette, transparency: [255, 0]);
        var interlaced = TestImages.Png(1, 1, 8, 2, [0, 10, 200, 30], interlace: true);
        var deep = TestImages.Png(2, 2, 16, 2, Rows(2, 2, (_, _) => [0x40, 0x11, 0x80, 0x22, 0xC0, 0x33], 48));

        var transparent = RasterImage.Encode(keyed)!;
        transparent.Entries.ShouldNotContain("/Predictor");
        transparent.Alpha.ShouldNotBeNull(); // the tRNS entry is a soft mask
        Inflate(transparent.Alpha).ShouldBe(new byte[] { 255, 0, 255, 0, 255, 0, 255, 0 });

        foreach (var (png, colour) in new[] { (interlaced, new byte[] { 10, 200, 30 }), (deep, [0x40, 0x80, 0xC0]) })
        {
            var image = RasterImage.Encode(png)!;
            image.Entries.ShouldNotContain("/Predictor");
            Inflate(image.Data).Take(3).ShouldBe(colour);
        }
    }

    [Fact]
    public void An_upright_JPEG_is_the_file_s_own_bytes_and_looks_the_same()
    {
        var jpeg = Noisy(SKEncodedImageFormat.Jpeg);

        var image = RasterImage.Encode(jpeg)!;

        image.Entries.ShouldContain("/Filter /DCTDecode");
        image.Data.ShouldBe(jpeg);
        ShownLike(jpeg, expected: Pixels(jpeg));
    }

    [Fact]
    public void A_JPEG_turned_by_its_EXIF_orientation_is_decoded_turned_not_passed_through()
    {
        var upright = Noisy(SKEncodedImageFormat.Jpeg);
        // APP1 Exif, big-endian TIFF, one IFD entry: Orientation (0x0112) = 6, turn 90° clockwise.
        byte[] exif = [0xFF, 0xE1, 0x00, 0x22, .. "Exif\0\0"u8, .. "MM\0*"u8, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        var turned = upright[..2].Concat(exif).Concat(upright[2..]).ToArray();

        Jpeg.Passable(turned).ShouldBeNull();
        var image = RasterImage.Encode(turned)!;

        image.Entries.ShouldContain("/FlateDecode");
        (image.Width, image.Height).ShouldBe((24, 48)); // 48 × 24 turned on its side
    }

    // A page the image's size in points, rendered by poppler at 72 dpi: one point per pixel.
    private static void ShownLike(byte[] file, Func<int, int, byte[]> expected, Func<int, int, bool>? where = null)
    {
        using var codec = SKCodec.Create(new MemoryStream(file));
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        var pdf = RenderedSample.Render(fonts => SampleDocument.Build(fonts, images: false) with
        {
            Pages = [new Page(w, h, [new ImageItem(0, 0, w, h, file[0] == 0xFF ? "image/jpeg" : "image/png", file)])],
            Outline = [],
            Labels = [],
        });
        using var saved = PdfTools.Save(pdf);
        var shown = PdfTools.Render(saved.Path, dpi: 72);
        using var bitmap = SKBitmap.Decode(shown);
        (bitmap.Width, bitmap.Height).ShouldBe((w, h));
        long difference = 0, compared = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (where is not null && !where(x, y)) continue;
                compared++;
                var (pixel, want) = (bitmap.GetPixel(x, y), expected(x, y));
                difference += Math.Abs(pixel.Red - want[0]) + Math.Abs(pixel.Green - want[1]) + Math.Abs(pixel.Blue - want[2]);
            }
        }
        // Rounding and the renderer's smoothing move a channel by a few levels at most, on average.
        ((double)difference / (compared * 3)).ShouldBeLessThan(4, string.Join(" ", Enumerable.Range(0, Math.Min(w, 8)).Select(x => $"{bitmap.GetPixel(x, 0)}/{Convert.ToHexString(expected(x, 0))}")));
    }

    private static Func<int, int, byte[]> Pixels(byte[] file)
    {
        using var bitmap = SKBitmap.Decode(file);
        var pixels = new byte[bitmap.Width * bitmap.Height * 3];
        var width = bitmap.Width;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                (pixels[(y * width + x) * 3], pixels[(y * width + x) * 3 + 1], pixels[(y * width + x) * 3 + 2]) = (c.Red, c.Green, c.Blue);
            }
        return (x, y) => pixels.AsSpan((y * width + x) * 3, 3).ToArray();
    }

    // Blocks of colour with noise, so neither format can flatten them.
    private static byte[] Noisy(SKEncodedImageFormat format)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(new SKImageInfo(48, 24, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < 24; y++)
            for (var x = 0; x < 48; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x < 24 ? 200 : 40), (byte)(y < 12 ? 60 : 180), (byte)(100 + random.Next(20))));
        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    // Unfiltered rows (filter byte 0) of packed samples: pixel(x, y) gives the samples of one pixel.
    private static byte[] Rows(int width, int height, Func<int, int, byte[]> pixel, int bitsPerPixel)
    {
        var rowBytes = (width * bitsPerPixel + 7) / 8;
        var rows = new byte[height * (rowBytes + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = rows.AsSpan(y * (rowBytes + 1) + 1, rowBytes);
            for (var x = 0; x < width; x++)
            {
                var samples = pixel(x, y);
                if (bitsPerPixel >= 8) samples.CopyTo(row[(x * bitsPerPixel / 8)..]);
                else row[x * bitsPerPixel / 8] |= (byte)(samples[0] << (8 - bitsPerPixel - x * bitsPerPixel % 8));
            }
        }
        return rows;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
