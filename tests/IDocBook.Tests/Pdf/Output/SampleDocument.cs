using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Tests.Pdf.Output;

/// <summary>A three-page book by hand: a front-matter page, a chapter with links, a chapter with images.</summary>
internal static class SampleDocument
{
    public const string Title = "Docker 学习笔记";
    public const string FrontText = "前言：为什么写这本书";
    public const string BodyText = "容器是一种轻量级的虚拟化技术，Docker 让它变得简单。";
    public const string LinkText = "访问 https://docs.docker.com 了解更多";
    public const string ChapterTwoText = "第二章　镜像与容器";
    public const string Url = "https://docs.docker.com/get-started/";

    public static string Characters => Title + FrontText + BodyText + LinkText + ChapterTwoText + "第一章节";

    public static readonly DateTimeOffset Date = new(2024, 3, 1, 8, 30, 0, TimeSpan.FromHours(8));

    public static PagedDocument Build(SampleFonts fonts, bool images = true)
    {
        const float w = 420, h = 595;
        var front = new Page(w, h, [new TextItem(60, 100, fonts.Line(FrontText, 14))]);

        var link = fonts.Line(LinkText, 12, 0xFF1A4FA0, new LinkRef(Url, null), underline: true);
        var one = new Page(w, h,
        [
            new DestinationItem("第一章", 60, 60),
            new TextItem(60, 80, fonts.Line(BodyText, 12, background: 0xFFF0F0F0)),
            new TextItem(60, 110, link),
            new LinkItem(60, 98, link.Width, 16, new LinkRef(Url, null)),
            new DestinationItem("sec-1-1", 60, 140),
            new LineItem(60, 150, 360, 150, 0xFF999999, 0.5f),
            new RectItem(60, 160, 300, 20, 0xFFEEEEEE, 0xFF333333, 0.5f),
            new LinkItem(60, 160, 300, 20, new LinkRef(null, "ch2")),
        ]);

        List<PageItem> twoItems = [new DestinationItem("ch2", 60, 60), new TextItem(60, 80, fonts.Line(ChapterTwoText, 16))];
        if (images)
        {
            twoItems.Add(new ImageItem(60, 100, 100, 50, "image/png", Raster(SKEncodedImageFormat.Png)));
            twoItems.Add(new ImageItem(60, 160, 100, 50, "image/jpeg", Raster(SKEncodedImageFormat.Jpeg)));
            twoItems.Add(new ImageItem(60, 220, 100, 100, "image/svg+xml", System.Text.Encoding.UTF8.GetBytes(Svg)));
        }
        var two = new Page(w, h, twoItems);

        IReadOnlyList<OutlineItem> outline =
        [
            new("第一章 容器", "第一章", [new("1.1 Docker 是什么", "sec-1-1", [])]),
            new("第二章 镜像", "ch2", []),
        ];
        IReadOnlyList<PageLabelRange> labels = [new(0, PageLabelStyle.LowerRoman), new(1, PageLabelStyle.Decimal)];
        var info = new PdfInfo(Title, "张三", "Docker 入门", "docker, 容器", "IDocBook 0.1.0", "zh-CN", Date);
        return new PagedDocument([front, one, two], outline, labels, info);
    }

    /// <summary>A vector drawing with what must never run or be fetched: a script and an external image.</summary>
    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200" viewBox="0 0 200 200">
          <script>alert(1)</script>
          <rect x="10" y="10" width="180" height="180" fill="#3366cc" onclick="alert(2)"/>
          <circle cx="100" cy="100" r="50" fill="#ffcc00"/>
          <image x="0" y="0" width="10" height="10" xlink:href="http://example.invalid/tracker.png"/>
        </svg>
        """;

    /// <summary>A small photo-like gradient, encoded by Skia.</summary>
    public static byte[] Raster(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(64, 32);
        for (var y = 0; y < 32; y++)
            for (var x = 0; x < 64; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 4), (byte)(y * 8), 128));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
