using IDocBook.Media.Cover;
using Shouldly;
using SkiaSharp;
using Xunit;

namespace IDocBook.Tests.Media;

public sealed class CoverRendererTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // Where the renderer keeps its text; the tests look at pixels, not at the code's constants.
    private const int Margin = 160;
    private const int BandBottom = 1560;

    private static byte[] Docker() => CoverRenderer.RenderPng("docker学习笔记", "idoc (i-docker-book)", ["idoc"]);

    [Fact]
    public void Cover_is_a_1600_by_2400_png()
    {
        var png = Docker();

        png.Take(8).ShouldBe(PngSignature);
        using var bitmap = SKBitmap.Decode(png);
        bitmap.ShouldNotBeNull();
        bitmap.Width.ShouldBe(1600);
        bitmap.Height.ShouldBe(2400);
    }

    [Fact]
    public void Cover_bytes_are_the_same_on_every_render()
    {
        Docker().ShouldBe(Docker());
    }

    [Fact]
    public void Title_and_author_are_drawn()
    {
        using var bitmap = SKBitmap.Decode(Docker());
        var band = CoverStyle.Default.Band;
        var paper = CoverStyle.Default.Paper;

        CountDiffering(bitmap, new SKRectI(Margin, 200, 1600 - Margin, BandBottom - 200), band)
            .ShouldBeGreaterThan(20_000, "title region is blank");
        CountDiffering(bitmap, new SKRectI(Margin, BandBottom + 200, 1600 - Margin, 2400 - 200), paper)
            .ShouldBeGreaterThan(1_000, "author region is blank");
    }

    [Fact]
    public void Different_titles_give_different_covers()
    {
        Docker().ShouldNotBe(CoverRenderer.RenderPng("Kubernetes 实战", "idoc (i-docker-book)", ["idoc"]));
    }

    [Theory]
    [InlineData("The Practical Guide to Containers, Orchestration and Everything in Between: A Field Manual for Engineers Who Ship")]
    [InlineData("Pneumonoultramicroscopicsilicovolcanoconiosisandotherunbreakablywidewords")]
    [InlineData("非常长的中文书名用于测试换行和截断非常长的中文书名用于测试换行和截断非常长的中文书名用于测试换行和截断非常长的中文书名用于测试换行和截断非常长的中文书名用于测试换行和截断")]
    public void Long_titles_stay_inside_the_margins(string title)
    {
        using var bitmap = SKBitmap.Decode(CoverRenderer.RenderPng(title, new string('副', 200), ["作者甲", "作者乙", "A Very Long Author Name Indeed"]));
        var band = CoverStyle.Default.Band;
        var paper = CoverStyle.Default.Paper;

        // Nothing but background outside the text column, above and below the band's padding.
        var outside = Margin - 20;
        CountDiffering(bitmap, new SKRectI(0, 0, outside, BandBottom), band).ShouldBe(0);
        CountDiffering(bitmap, new SKRectI(1600 - outside, 0, 1600, BandBottom), band).ShouldBe(0);
        CountDiffering(bitmap, new SKRectI(0, 0, 1600, 120), band).ShouldBe(0);
        CountDiffering(bitmap, new SKRectI(0, BandBottom, outside, 2400), paper).ShouldBe(0);
        CountDiffering(bitmap, new SKRectI(1600 - outside, BandBottom, 1600, 2400), paper).ShouldBe(0);
        CountDiffering(bitmap, new SKRectI(0, 2400 - 120, 1600, 2400), paper).ShouldBe(0);
        // ...and the title is still there.
        CountDiffering(bitmap, new SKRectI(Margin, 200, 1600 - Margin, BandBottom - 200), band).ShouldBeGreaterThan(20_000);
    }

    private static int CountDiffering(SKBitmap bitmap, SKRectI area, SKColor background)
    {
        var pixels = bitmap.Pixels; // one copy: GetPixel per pixel is slow over millions of pixels
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (pixels[y * bitmap.Width + x] != background)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
