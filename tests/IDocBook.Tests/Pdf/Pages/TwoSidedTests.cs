using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;
using IDocBook.Pdf.Pages;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace IDocBook.Tests.Pdf.Pages;

/// <summary>
/// <c>--two-sided</c> (issue 13 §9): mirrored margins, the contents and every chapter opening on a
/// recto (odd) page, and the blank versos this takes without running head or folio.
/// </summary>
public sealed class TwoSidedTests : IDisposable
{
    private const string Filler = "容器把应用和它依赖的运行环境一起打包，镜像是只读的分层文件系统，每一层只记录相对上一层的变化。";
    // Margins 20 12 20 30 mm: the inner (binding) margin is 30 mm, the outer 12 mm.
    private static readonly float Inner = 30 * PageSetup.PointsPerMillimetre;
    private static readonly float Outer = 12 * PageSetup.PointsPerMillimetre;

    private readonly TempBook _dir;
    private readonly IDocBook.Core.Model.Book _book;

    public TwoSidedTests()
    {
        // Chapters of about three, one and two A5 pages: each ends on a page of the wrong side at least once.
        string Chapter(string title, int paragraphs) => $"# {title}\n\n" + string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat(Filler, 4)) + "\n\n", paragraphs));
        _dir = new TempBook()
            .With("book.yml", "title: 双面\nlanguage: zh-CN\nauthor: 测试\ndate: 2024-01-01\n")
            .With("SUMMARY.md", "* [第一章](a.md)\n* [第二章](b.md)\n* [第三章](c.md)\n")
            .With("a.md", Chapter("第一章", 12))
            .With("b.md", Chapter("第二章", 2))
            .With("c.md", Chapter("第三章", 8));
        _book = BookReader.Read(_dir.Root, new DiagnosticSink())!;
    }

    public void Dispose() => _dir.Dispose();

    private PdfDocument Write(bool twoSided)
    {
        using var output = new MemoryStream();
        PdfWriter.Write(_book, new PdfOptions { Paper = Paper.A5, MarginsMm = [20, 12, 20, 30], TwoSided = twoSided }, output, new DiagnosticSink());
        return PdfDocument.Open(output.ToArray());
    }

    [Fact]
    public void The_contents_and_every_chapter_open_on_a_recto()
    {
        using var pdf = Write(twoSided: true);
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var openings = bookmarks!.Roots.Cast<DocumentBookmarkNode>().ToList();
        openings.Count.ShouldBe(4); // the contents and three chapters
        openings.ShouldAllBe(b => b.PageNumber % 2 == 1, string.Join(", ", openings.Select(b => $"{b.Title}: {b.PageNumber}")));
    }

    [Fact]
    public void The_versos_left_blank_carry_no_running_head_and_no_folio()
    {
        using var pdf = Write(twoSided: true);
        var blank = pdf.GetPages().Where(p => p.Letters.Count == 0).ToList();
        blank.Count.ShouldBeGreaterThanOrEqualTo(3); // after the title, and before at least two chapters
        blank.ShouldAllBe(p => p.Number % 2 == 0);

        using var oneSided = Write(twoSided: false);
        oneSided.GetPages().Where(p => p.Letters.Count == 0).ShouldBeEmpty();
    }

    [Fact]
    public void Margins_are_mirrored_the_inner_one_on_the_left_of_rectos_and_the_right_of_versos()
    {
        using var pdf = Write(twoSided: true);
        var set = pdf.GetPages().Where(p => p.Number > 3 && p.Letters.Count > 0).ToList();
        set.Where(p => p.Number % 2 == 0).ShouldNotBeEmpty();
        foreach (var page in set)
        {
            var left = page.Letters.Min(l => l.StartBaseLine.X);
            left.ShouldBe(page.Number % 2 == 1 ? Inner : Outer, 0.5, $"page {page.Number}");
            var right = page.Letters.Where(l => l.Value != " ").Max(l => l.EndBaseLine.X);
            right.ShouldBeLessThanOrEqualTo(page.Width - (page.Number % 2 == 1 ? Outer : Inner) + 0.5, $"page {page.Number}");
        }

        using var oneSided = Write(twoSided: false);
        foreach (var page in oneSided.GetPages().Where(p => p.Number > 2))
            page.Letters.Min(l => l.StartBaseLine.X).ShouldBe(Inner, 0.5, $"one-sided page {page.Number}");
    }
}
