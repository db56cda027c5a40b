using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;

namespace IDocBook.Tests.Cli;

/// <summary><c>build --toc-depth</c>, <c>--two-sided</c> and <c>--typeset-report</c> through the real entry point (issue 13).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TypesettingOptionsTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("book.yml", "title: 选项\nlanguage: zh-CN\nauthor: 测试\ndate: 2024-01-01\n")
        .With("SUMMARY.md", "* [第一章](a.md)\n* [第二章](b.md)\n")
        .With("a.md", "# 第一章\n\n## 第一节\n\n### 深层小节\n\n正文（括号）。第二句“引号”，然后Docker是用Go开发的。\n")
        .With("b.md", "# 第二章\n\n正文。\n");

    public void Dispose() => _book.Dispose();

    private ConsoleCapture.Result _last = null!;

    private PdfDocument Build(params string[] options)
    {
        var output = Path.Combine(_book.Root, "out-" + Guid.NewGuid().ToString("N"));
        var result = ConsoleCapture.Run(["build", _book.Root, "-o", output, "--format", "pdf", .. options]);
        result.ExitCode.ShouldBe(0, result.Error);
        _last = result;
        return PdfDocument.Open(File.ReadAllBytes(Directory.GetFiles(output, "*.pdf").Single()));
    }

    private static string Contents(PdfDocument pdf) => pdf.GetPage(2).Text;

    [Fact]
    public void Toc_depth_sets_the_levels_of_the_printed_contents_and_overrides_the_config()
    {
        using (var pdf = Build()) Contents(pdf).ShouldNotContain("深层小节"); // default: two levels
        using (var pdf = Build("--toc-depth", "3")) Contents(pdf).ShouldContain("深层小节");
        using (var pdf = Build("--toc-depth", "1")) Contents(pdf).ShouldNotContain("第一节");

        _book.With("book.yml", "title: 选项\nlanguage: zh-CN\nauthor: 测试\ndate: 2024-01-01\ntoc-depth: 3\n");
        using (var pdf = Build()) Contents(pdf).ShouldContain("深层小节");
        using (var pdf = Build("--toc-depth", "2")) Contents(pdf).ShouldNotContain("深层小节");
    }

    [Fact]
    public void A_toc_depth_out_of_range_is_refused_with_the_accepted_range()
    {
        var result = ConsoleCapture.Run("build", _book.Root, "-o", Path.Combine(_book.Root, "out"), "--toc-depth", "9");
        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("--toc-depth 9 must be a heading level from 1 to 6");
        Directory.Exists(Path.Combine(_book.Root, "out")).ShouldBeFalse();
    }

    [Fact]
    public void Two_sided_opens_the_contents_and_the_chapters_on_odd_pages()
    {
        using var oneSided = Build();
        using var twoSided = Build("--two-sided");

        oneSided.GetPages().Count(p => p.Letters.Count == 0).ShouldBe(0);
        // Title, blank, contents, blank, chapter one, blank, chapter two.
        twoSided.NumberOfPages.ShouldBe(7);
        new[] { 2, 4, 6 }.ShouldAllBe(n => twoSided.GetPage(n).Letters.Count == 0);
        twoSided.GetPage(3).Text.ShouldContain("第一节");
        twoSided.GetPage(5).Text.ShouldContain("第一章");
        twoSided.GetPage(7).Text.ShouldContain("第二章");
    }

    [Fact]
    public void The_typeset_report_is_printed_after_the_build_with_what_it_measured()
    {
        Build("--typeset-report").Dispose();
        var result = _last;

        result.Out.ShouldContain("lines by largest CJK gap (em):");
        result.Out.ShouldContain("lines by largest word space (em):");
        result.Out.ShouldContain("words cut without a hyphen: 0");
        // （括号）。 and “引号”， are two adjacent pairs of full-width marks, both compressed.
        result.Out.ShouldContain("adjacent full-width marks: 2 pairs compressed, 0 at full width");
    }
}
