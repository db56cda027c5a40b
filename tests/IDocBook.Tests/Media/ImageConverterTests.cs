using System.Diagnostics;
using System.Text;
using IDocBook.Media.Images;
using IDocBook.Tests.Support;
using SkiaSharp;
using Shouldly;
using Xunit.Abstractions;

namespace IDocBook.Tests.Media;

public class ImageConverterTests(ITestOutputHelper output)
{
    [Fact]
    public void ASmallImageKeepsItsExactBytes()
    {
        var jpeg = TestImages.Encoded(SKEncodedImageFormat.Jpeg, 40, 30, SKColors.Teal);
        var result = ImageConverter.Convert("image/jpeg", jpeg);
        result.ShouldSatisfyAllConditions(r => r.Problem.ShouldBeNull(), r => r.Data.ShouldBeSameAs(jpeg), r => r.Width.ShouldBe(40), r => r.Height.ShouldBe(30));
    }

    [Fact]
    public void BmpBecomesPngWithTheSamePixels()
    {
        var result = ImageConverter.Convert("image/bmp", TestImages.Bmp(7, 5, 200, 30, 60));
        result.MediaType.ShouldBe("image/png");
        (result.Width, result.Height).ShouldBe((7, 5));
        TestImages.PixelOf(result.Data!, 6, 4).ShouldBe(new SKColor(200, 30, 60));
    }

    [Fact]
    public void WebPBecomesPng()
    {
        var result = ImageConverter.Convert("image/webp", TestImages.Encoded(SKEncodedImageFormat.Webp, 16, 16, SKColors.Red));
        result.MediaType.ShouldBe("image/png");
        TestImages.PixelOf(result.Data!, 8, 8).Red.ShouldBeGreaterThan((byte)240);
    }

    [Fact]
    public void AGifStaysAGif() => ImageConverter.Convert("image/gif", TestImages.Gif()).MediaType.ShouldBe("image/gif");

    [Fact]
    public void ATruncatedPngIsRefusedAsDamaged()
    {
        var png = TestImages.GreyPng(64, 64, level: System.IO.Compression.CompressionLevel.NoCompression);
        var result = ImageConverter.Convert("image/png", png[..(png.Length / 2)]);
        result.Problem.ShouldBe(ImageProblem.Damaged);
        result.Message!.ShouldContain("truncated");
    }

    [Fact]
    public void ATruncatedJpegIsRefusedAsDamagedWhileAWholeOneIsKept()
    {
        // Noise, so the entropy-coded data is long and a cut lands inside it.
        var random = new Random(3);
        using var bitmap = new SKBitmap(96, 64);
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 96; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();

        ImageConverter.Convert("image/jpeg", jpeg).Problem.ShouldBeNull();
        var result = ImageConverter.Convert("image/jpeg", jpeg[..(jpeg.Length * 2 / 3)]);
        result.Problem.ShouldBe(ImageProblem.Damaged);
        result.Message!.ShouldContain("truncated");
    }

    [Fact]
    public void APngWithFewerRowsThanItsHeaderSaysIsRefused() =>
        ImageConverter.Convert("image/png", TestImages.GreyPng(32, 32, rows: 10)).Problem.ShouldBe(ImageProblem.Damaged);

    [Fact]
    public void ADecompressionBombIsRefusedFromItsHeader()
    {
        var bomb = TestImages.GreyPng(100_000, 100_000, rows: 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ImageConverter.Convert("image/png", bomb);
        result.Problem.ShouldBe(ImageProblem.TooLarge);
        result.Message!.ShouldContain("100000×100000");
        // From the header alone: a row of this image is 100 KB, so nothing was decoded.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1 << 20);
    }

    [Fact]
    public void A20000PixelPngIsDownscaledBandByBand()
    {
        var png = TestImages.GreyPng(20_000, 20_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = ImageConverter.Convert("image/png", png);
        output.WriteLine($"{png.Length / 1024} KB file, 20000×20000 → {result.Width}×{result.Height} in {watch.ElapsedMilliseconds} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) >> 20} MB allocated");
        result.Problem.ShouldBeNull(result.Message);
        (result.Width, result.Height).ShouldBe((4096, 4096));
        result.DownscaledFrom.ShouldBe((20_000, 20_000));
        // Never the 1.6 GB a full decode would take (Skia's native allocations are not counted, so bound them by the result).
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(400L << 20); // this thread only: other tests run in parallel
        TestImages.SizeOf(result.Data!).ShouldBe((4096, 4096));
        var top = TestImages.PixelOf(result.Data!, 100, 10).Red;
        var bottom = TestImages.PixelOf(result.Data!, 100, 4090).Red;
        top.ShouldBeLessThan((byte)10);
        bottom.ShouldBeGreaterThan((byte)245);
    }

    [Fact]
    public void ALargePngWithEveryRowFilterAndAlphaDownscalesToTheSameColours()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(8200, 300, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(8200, 0), [SKColors.Black, SKColors.Orange], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, 8200, 150, paint);
            canvas.DrawRect(0, 150, 8200, 150, new SKPaint { Color = new SKColor(0, 0, 255, 128) });
        }
        using var image = SKImage.FromBitmap(bitmap);
        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        var result = ImageConverter.Convert("image/png", png);
        (result.Width, result.Height).ShouldBe((4096, 150));
        var right = TestImages.PixelOf(result.Data!, 4090, 10);
        right.Red.ShouldBeGreaterThan((byte)245);
        right.Green.ShouldBeInRange((byte)150, (byte)175);
        TestImages.PixelOf(result.Data!, 10, 10).Red.ShouldBeLessThan((byte)10);
        var translucent = TestImages.PixelOf(result.Data!, 2000, 140);
        translucent.Blue.ShouldBeGreaterThan((byte)240);
        translucent.Alpha.ShouldBeInRange((byte)120, (byte)136);
    }

    [Fact]
    public void ALargeJpegIsDecodedAtAScaleAndKeepsItsAspectRatio()
    {
        var result = ImageConverter.Convert("image/jpeg", TestImages.Encoded(SKEncodedImageFormat.Jpeg, 6000, 4000, SKColors.Navy));
        result.MediaType.ShouldBe("image/jpeg");
        (result.Width, result.Height).ShouldBe((4096, 2731));
    }
}
