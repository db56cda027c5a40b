using System.Text;
using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;
using IDocBook.Pdf.Pages;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace IDocBook.Tests.Pdf.Layout;

/// <summary>A small book using every block kind, typeset on A5 and read back page by page.</summary>
public sealed class GivenABookOfEveryBlockKind : IDisposable
{
    private readonly TempBook _dir;
    private readonly List<string> _pages;
    private readonly DiagnosticSink _sink = new();
    private readonly byte[] _pdf;

    public GivenABookOfEveryBlockKind()
    {
        var tallCell = string.Concat(Enumerable.Range(1, 60).Select(i => $"很长的单元格第{i}行。<br>"));
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"| 命令{i} | 作用{i} |\n"));
        _dir = new TempBook()
            .With("book.yml", "title: 全部块\nlanguage: zh-CN\nauthor: 测试\ndate: 2024-01-01\n")
            .With("SUMMARY.md", "* [第一章](a.md)\n* [第二章](b.md)\n")
            .With("a.md", "# 第一章\n\n<div align=\"center\">居中的文字</div>\n\n正文引用脚注[^n]，然后继续。\n\n[^n]: 这是脚注的内容。\n\n- 一级\n  - 二级\n    1. 三级\n- [x] 完成\n- [ ] 未完成\n\n> 引用的文字\n\n> [!WARNING]\n> 小心\n\n---\n\n![缺失的图](nowhere.png)\n\n| 命令 | 作用 |\n|---|---|\n" + rows)
            .With("b.md", "# 第二章\n\n<table><tr><th>甲</th><th>乙</th></tr><tr><td>" + tallCell + "</td><td>短</td></tr></table>\n");
        var book = BookReader.Read(_dir.Root, _sink)!;
        using var output = new MemoryStream();
        PdfWriter.Write(book, new PdfOptions { Paper = Paper.A5 }, output, _sink);
        _pdf = output.ToArray();
        using var document = PdfDocument.Open(_pdf);
        _pages = [.. document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))];
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TheFootnoteIsOnThePageThatCitesIt()
    {
        var citing = _pages.FindIndex(p => p.Contains("正文引用脚注"));
        citing.ShouldBeGreaterThanOrEqualTo(0);
        _pages[citing].ShouldContain("这是脚注的内容");
    }

    [Fact]
    public void TheSplitTableRepeatsItsHeaderOnEveryPage()
    {
        // Autospace puts a quarter em between 令 and a digit, which text extraction reads as a space.
        var header = new System.Text.RegularExpressions.Regex("命令\\s+作用(?!\\s*\\d)");
        var tablePages = _pages.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, "命令\\s?\\d+")).ToList();
        tablePages.Count.ShouldBeGreaterThan(1);
        tablePages.ShouldAllBe(p => header.IsMatch(p));
    }

    [Fact]
    public void ARowTallerThanAPageSplitsAcrossPages()
    {
        // Autospace sets the numbers apart from the ideographs, and text extraction reads the gaps as spaces.
        var pages = _pages.Select(p => p.Replace(" ", "")).ToList();
        var first = pages.FindIndex(p => p.Contains("很长的单元格第1行"));
        var last = pages.FindIndex(p => p.Contains("很长的单元格第60行"));
        first.ShouldBeGreaterThanOrEqualTo(0);
        last.ShouldBeGreaterThan(first);
        for (var i = 1; i <= 60; i++) string.Concat(pages).ShouldContain($"很长的单元格第{i}行");
    }

    [Fact]
    public void AMissingImageIsAVisiblePlaceholderAndEveryBlockKeepsItsText()
    {
        var all = string.Concat(_pages);
        all.ShouldContain("[图片: 缺失的图]");
        foreach (var text in new[] { "一级", "二级", "三级", "完成", "未完成", "引用的文字", "警告", "小心" }) all.ShouldContain(text);
        _sink.All.Select(d => d.Code).ShouldContain("IDB0301");
    }

    [Fact]
    public void CentredTextSitsInTheMiddleOfTheTextBlock()
    {
        using var document = PdfDocument.Open(_pdf);
        var letters = document.GetPages().SelectMany(p => p.Letters).SkipWhile(l => l.Value != "居").Take(5).ToList();
        string.Concat(letters.Select(l => l.Value)).ShouldBe("居中的文字");
        var middle = (letters[0].BoundingBox.Left + letters[^1].BoundingBox.Right) / 2;
        var setup = PageSetup.For(Paper.A5);
        middle.ShouldBe(setup.Left + setup.ContentWidth / 2, 2.0);
    }

    [SkippableFact]
    public void ItIsAValidPdfOnA5()
    {
        using var document = PdfDocument.Open(_pdf);
        var page = document.GetPage(1);
        page.Width.ShouldBe(419.5, 1.0);
        page.Height.ShouldBe(595.3, 1.0);
        using var saved = PdfTools.Save(_pdf);
        PdfTools.SkipUnlessAvailable("qpdf");
        PdfTools.QpdfCheck(saved.Path).ExitCode.ShouldBe(0);
    }
}
