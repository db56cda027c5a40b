using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;
using IDocBook.Pdf.Pages;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IDocBook.Tests.Pdf.Pages;

/// <summary>
/// Floats and keeps on real pages (issue 13 §7, §8): a figure too tall for the rest of its page
/// floats to the next one's top with its caption while the text after it fills this page, and
/// no heading is left with fewer than two lines after it at a page's foot. Read back with PdfPig.
/// </summary>
public sealed class GivenABookWithFiguresAndSections : IDisposable
{
    private const string Filler = "容器把应用和它依赖的运行环境一起打包，镜像是只读的分层文件系统，每一层只记录相对上一层的变化。";
    private static readonly float A5TopMargin = 18 * PageSetup.PointsPerMillimetre;

    private readonly TempBook _dir;
    private readonly PdfDocument _pdf;

    public GivenABookWithFiguresAndSections()
    {
        // Chapter one: a long paragraph, then a figure 420 pt tall that cannot fit under it on A5, then more text.
        var before = string.Concat(Enumerable.Repeat(Filler, 9));
        var after = "后文开始。" + string.Concat(Enumerable.Repeat(Filler, 4));
        // Chapter two: sections opening with a one-line paragraph, a table or code, then a paragraph of
        // varying length, so headings fall at every height on the page.
        var openings = new[] { "一句话。\n\n", "| 命令 | 作用 |\n|---|---|\n| 甲 | 乙 |\n| 丙 | 丁 |\n\n", "```bash\necho 1\necho 2\necho 3\n```\n\n" };
        var sections = string.Concat(Enumerable.Range(1, 60).Select(i =>
            $"## 第 {i} 节\n\n{openings[i % 3]}{string.Concat(Enumerable.Repeat(Filler, i % 5 + 1))}\n\n"));
        _dir = new TempBook()
            .With("book.yml", "title: 浮动\nlanguage: zh-CN\nauthor: 测试\ndate: 2024-01-01\n")
            .With("SUMMARY.md", "* [第一章](a.md)\n* [第二章](b.md)\n")
            .With("tall.png", TestImages.GreyPng(300, 560))
            .With("a.md", $"# 第一章\n\n{before}\n\n![一张高图](tall.png \"高图的说明\")\n\n{after}\n")
            .With("b.md", "# 第二章\n\n" + sections);
        var sink = new DiagnosticSink();
        var book = BookReader.Read(_dir.Root, sink)!;
        using var output = new MemoryStream();
        PdfWriter.Write(book, new PdfOptions { Paper = Paper.A5 }, output, sink);
        _pdf = PdfDocument.Open(output.ToArray());
    }

    public void Dispose()
    {
        _pdf.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void The_figure_floats_to_the_top_of_the_next_page_and_the_text_after_it_fills_its_page()
    {
        var pages = _pdf.GetPages().ToList();
        var withImage = pages.Single(p => p.GetImages().Any());
        var image = withImage.GetImages().Single();
        // At the top of the text block: no text above it on its page.
        image.BoundingBox.Top.ShouldBe(withImage.Height - A5TopMargin, 1);
        var above = withImage.Letters.Where(l => l.BoundingBox.Bottom > image.BoundingBox.Top && l.BoundingBox.Bottom < withImage.Height - A5TopMargin);
        above.ShouldBeEmpty();
        // Its caption stays with it, just under it.
        var caption = Text(withImage);
        caption.ShouldContain("高图的说明");
        // The text after the figure in the source went on the page before, filling it.
        var previous = pages[withImage.Number - 2];
        Text(previous).ShouldContain("后文开始");
        Text(previous).ShouldContain("第一章");
    }

    [Fact]
    public void No_heading_has_fewer_than_two_lines_after_it_on_its_page()
    {
        var checkedHeadings = 0;
        foreach (var page in _pdf.GetPages())
        {
            // Section headings are the 15 pt lines; the body's lines are those below the text block's top, the folio left out.
            var lines = page.Letters.Where(l => l.BoundingBox.Bottom > 30).GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].Any(l => Math.Abs(l.PointSize - 15) < 0.1)) continue;
                checkedHeadings++;
                (lines.Count - 1 - i).ShouldBeGreaterThanOrEqualTo(2, $"page {page.Number}: {string.Concat(lines[i].Select(l => l.Value))}");
            }
        }
        checkedHeadings.ShouldBeGreaterThan(50);
    }

    private static string Text(Page page) => string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", "");
}
