using System.Text;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit.Abstractions;
using static IDocBook.Tests.Hostile.HostileBook;

namespace IDocBook.Tests.Hostile;

/// <summary>
/// Issue 4, section 5: input that must never crash the tool, corrupt the EPUB, read outside the
/// book or reach the network. Each case builds a whole EPUB and checks the diagnostic it gives.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static TempBook Book(string chapter) => new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", chapter);

    private static TempBook Book(byte[] chapter) => new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", chapter);

    [Fact]
    public void InvalidUtf8IsReplacedAndReported()
    {
        using var dir = Book([.. "# A\n\nok \u00e9\n"u8.ToArray(), 0xC3, 0x28, 0xFF, (byte)'\n']);
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0007@a.md:4"]);
        Chapter(book).ShouldContain("\uFFFD");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16WithABomIsRead(string encoding)
    {
        var text = Encoding.GetEncoding(encoding);
        using var dir = Book([.. text.GetPreamble(), .. text.GetBytes("# 标题\n\n中文内容 and English.\n")]);
        var (book, _) = Build(dir.Root);
        book.Diagnostics.All.ShouldBeEmpty();
        Chapter(book).ShouldContain("<h1 id=\"标题\">标题</h1>");
        Chapter(book).ShouldContain("中文内容 and English.");
    }

    [Fact]
    public void NulAndOtherControlCharactersNeverReachTheXhtml()
    {
        using var dir = Book("# A\u0001\n\ntext\0with\u0007controls\u001B[0m and \uFFFF\n\n```\ncode\u0008\n```\n");
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0102@a.md:1"]);
        var xhtml = Chapter(book);
        xhtml.ShouldContain("textwithcontrols[0m and", Case.Sensitive, xhtml);
        xhtml.Any(c => c < ' ' && c is not ('\n' or '\t' or '\r')).ShouldBeFalse();
    }

    [Fact]
    public void AFiveMegabyteParagraphBuilds()
    {
        var paragraph = string.Concat(Enumerable.Repeat("一段很长的文字 with words, *emphasis* and `code`. ", 5_000_000 / 50));
        using var dir = Book("# A\n\n" + paragraph + "\n");
        var (book, time) = Build(dir.Root);
        output.WriteLine($"5 MB paragraph: {time.TotalSeconds:F1} s, {Codes(book).Length} diagnostics");
        // Markdig refuses a paragraph with this many emphases as "too deeply nested"; it is kept as text.
        Codes(book).ShouldBe(["IDB0103@a.md:3"]);
        book.Epub.Data($"OEBPS/text/{book.Model.Chapters.Single().Id}.xhtml").Length.ShouldBeGreaterThan(5_000_000);
    }

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "block quotes", new string('>', 10_000) + " deep\n" },
        { "lists", string.Join(' ', Enumerable.Repeat("-", 10_000)) + " deep\n" },
        { "quoted lists", string.Join(' ', Enumerable.Repeat("> 1.", 5_000)) + " deep\n" },
        { "emphasis", new string('*', 10_000) + "deep" + new string('*', 10_000) + "\n" },
        { "links", string.Concat(Enumerable.Repeat("[a", 5_000)) + "deep" + string.Concat(Enumerable.Repeat("](b.md)", 5_000)) + "\n" },
        { "html divs", string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "\n" },
        { "html spans", "text " + string.Concat(Enumerable.Repeat("<span><b>", 5_000)) + "deep" + string.Concat(Enumerable.Repeat("</b></span>", 5_000)) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void TenThousandLevelsOfNestingAreFlattenedNotAStackOverflow(string kind, string markdown)
    {
        using var dir = Book("# A\n\n" + markdown);
        var (book, time) = Build(dir.Root);
        output.WriteLine($"{kind}: {time.TotalSeconds:F1} s; {string.Join(", ", Codes(book))}");
        Chapter(book).ShouldContain("deep");
        Codes(book).ShouldContain(c => c.StartsWith("IDB0103@a.md:", StringComparison.Ordinal) || c.StartsWith("IDB0201@", StringComparison.Ordinal));
    }

    [Fact]
    public void AFiveThousandColumnTableIsFoldedToSixtyFourColumnsWithAWarning()
    {
        string Row(string cell) => "|" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $" {cell}{i} |")) + "\n";
        using var dir = Book("# A\n\n" + Row("h") + "|" + string.Concat(Enumerable.Repeat("---|", 5_000)) + "\n" + Row("c"));
        var (book, time) = Build(dir.Root);
        output.WriteLine($"5,000 columns: {time.TotalSeconds:F1} s");
        Codes(book).ShouldBe(["IDB0104@a.md:3"]);
        var table = book.Model.Chapters.Single().Blocks.OfType<Table>().Single();
        table.Alignments.Count.ShouldBe(64);
        table.Body.Single().Cells.Count.ShouldBe(64);
        InlineText.Of(table.Body.Single().Cells[^1].Content).ShouldEndWith("c4998 | c4999");
    }

    [Fact]
    public void AHundredThousandRowTableBuilds()
    {
        var rows = new StringBuilder("# A\n\n| 名称 | 值 |\n|---|---|\n");
        for (var i = 0; i < 100_000; i++) rows.Append("| 行").Append(i).Append(" | ").Append(i * 7).Append(" |\n");
        using var dir = Book(rows.ToString());
        var (book, time) = Build(dir.Root);
        output.WriteLine($"100,000 rows: {time.TotalSeconds:F1} s");
        book.Diagnostics.All.ShouldBeEmpty();
        book.Model.Chapters.Single().Blocks.OfType<Table>().Single().Body.Count.ShouldBe(100_000);
    }

    [Fact]
    public void CyclicIncludesAreReportedOnce()
    {
        using var dir = Book("# A\n\n{{#include a.md}}\n");
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0012@a.md:3"]);
    }

    [Fact]
    public void ASummaryListingAFileTwiceOrAMissingFileIsReported()
    {
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)\n* [B](b.md)\n* [A](a.md)\n").With("a.md", "# A\n");
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0003@SUMMARY.md:2", "IDB0004@SUMMARY.md:3"]);
        book.Model.Chapters.Count().ShouldBe(1);
    }

    [Fact]
    public void AnEmptyBookIsAnErrorNotACrash()
    {
        foreach (var dir in new[] { new TempBook(), new TempBook().With("SUMMARY.md", "# Summary\n") })
        {
            using (dir)
            {
                var sink = new IDocBook.Core.Diagnostics.DiagnosticSink();
                IDocBook.Core.BookReader.Read(dir.Root, sink)!.Chapters.ShouldBeEmpty();
                sink.All.Select(d => d.Code).ShouldBe(["IDB0008"]);
            }
        }
    }

    [Fact]
    public void AChapterWithNoHeadingIsNamedByTheSummaryAndGetsATitle()
    {
        using var dir = new TempBook().With("SUMMARY.md", "* [没有标题](a.md)\n* [](b.md)\n").With("a.md", "只有正文。\n").With("b.md", "");
        var (book, _) = Build(dir.Root);
        book.Diagnostics.All.ShouldBeEmpty();
        book.Model.Chapters.Select(c => c.Title).ShouldBe(["没有标题", "b"]);
        Chapter(book).ShouldContain("<h1>没有标题</h1>");
    }

    [Fact]
    public void ScriptStyleIframeAndEventAttributesAreDropped()
    {
        using var dir = Book("# A\n\n<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<p onmouseover=\"x()\">text <a href=\"javascript:alert(1)\">link</a> <img src=\"x.png\" onerror=\"y()\"></p>\n");
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0101@a.md:3", "IDB0101@a.md:5", "IDB0101@a.md:7", "IDB0101@a.md:9", "IDB0101@a.md:9", "IDB0101@a.md:9", "IDB0301@a.md:9"], ignoreOrder: true);
        var xhtml = Chapter(book);
        foreach (var bad in new[] { "<script", "alert", "<style", "display:none", "<iframe", "evil.example", "onmouseover", "onerror", "javascript:" })
            xhtml.ShouldNotContain(bad);
    }

    [Fact]
    public void AnSvgWithScriptsAndExternalReferencesIsSanitised()
    {
        using var dir = Book("# A\n\n![svg](pic.svg)\n")
            .With("pic.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><script>alert(1)</script><image xlink:href=\"http://evil.example/t.png\"/><rect width=\"1\" height=\"1\" onclick=\"x()\"/></svg>");
        var (book, _) = Build(dir.Root);
        Codes(book).ShouldBe(["IDB0308@a.md:3"]);
        var svg = book.Epub.Text(book.Epub.EntryNames.Single(n => n.EndsWith(".svg", StringComparison.Ordinal)));
        svg.ShouldNotContain("script");
        svg.ShouldNotContain("evil.example");
        svg.ShouldNotContain("onclick");
    }

    [Fact]
    public void ZeroWidthRightToLeftAndEmojiCharactersPassThrough()
    {
        const string text = "零\u200b宽\u200d连接 \u202eRTL\u202c \u2067עברית\u2069 👩‍👩‍👧 🐳 \U0001F600";
        using var dir = Book($"# {text}\n\n{text}\n");
        var (book, _) = Build(dir.Root);
        book.Diagnostics.All.ShouldBeEmpty();
        Chapter(book).ShouldContain($"<p>{text}</p>");
    }

    [Fact]
    public void AFiftyMegabyteImageIsDownscaledAndATruncatedPngIsAnError()
    {
        var random = new Random(4);
        var noise = TestImages.GreyPng(7_100, 7_100, level: System.IO.Compression.CompressionLevel.NoCompression, pixel: (_, _) => (byte)random.Next(256));
        noise.Length.ShouldBeGreaterThan(50_000_000);
        var truncated = TestImages.GreyPng(100, 100)[..80];
        using var dir = Book("# A\n\n![噪声](big.png)\n\n![坏图](bad.png)\n").With("big.png", noise).With("bad.png", truncated);
        var (book, time) = Build(dir.Root);
        output.WriteLine($"50 MB image: {time.TotalSeconds:F1} s");
        Codes(book).ShouldBe(["IDB0307@a.md:3", "IDB0306@a.md:5"]);
        book.Model.Resources.Single().ShouldSatisfyAllConditions(r => r.Width.ShouldBe(4096), r => r.Data.Length.ShouldBeLessThan(noise.Length));
        Chapter(book).ShouldContain("坏图]</span>");
    }

    [Fact]
    public void FileNamesWithSpacesCjkHashAndPercentWorkPercentEncodedOrInAngleBrackets()
    {
        var png = TestImages.GreyPng(2, 2);
        using var dir = new TempBook()
            .With("SUMMARY.md", "* [一](第%201%20章.md)\n* [二](<第 2 章.md>)\n* [三](第%203%20章%20%231%25.md)\n")
            .With("第 1 章.md", "# 一\n\n![容器和镜像](<图 片.png>) ![容器和镜像](图%20片.png) ![百分](100%25%20%23.png)\n\n[下一章](<第 2 章.md>) [再下一章](第%203%20章%20%231%25.md#节)\n")
            .With("第 2 章.md", "# 二\n")
            .With("第 3 章 #1%.md", "# 三\n\n## 节\n")
            .With("图 片.png", png).With("100% #.png", png);
        var (book, _) = Build(dir.Root);
        book.Diagnostics.All.ShouldBeEmpty();
        book.Model.Chapters.Select(c => c.SourcePath).ShouldBe(["第 1 章.md", "第 2 章.md", "第 3 章 #1%.md"]);
        book.Model.Resources.Select(r => r.Href).ShouldBe(["100% #.png", "图 片.png"]);
    }

    [Fact]
    public void NothingOutsideTheBookIsRead()
    {
        var outside = Path.Combine(Path.GetTempPath(), "idocbook-secret-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "# SECRET\n\nTOP SECRET TEXT\n");
        File.WriteAllBytes(Path.Combine(outside, "secret.png"), TestImages.GreyPng(2, 2));
        try
        {
            using var dir = new TempBook()
                .With("SUMMARY.md", "* [A](a.md)\n* [S](linked/secret.md)\n* [P](/etc/passwd)\n* [U](../../../../etc/passwd)\n")
                .With("a.md", "# A\n\n{{#include linked/secret.md}}\n\n{{#include /etc/passwd}}\n\n![s](linked/secret.png) ![p](/etc/passwd) ![u](../../../../../etc/hostname)\n");
            Directory.CreateSymbolicLink(Path.Combine(dir.Root, "linked"), outside);
            var (book, _) = Build(dir.Root);
            book.Model.Chapters.Select(c => c.SourcePath).ShouldBe(["a.md"]);
            book.Model.Resources.ShouldBeEmpty();
            // Each of the eight ways out is refused once, as outside the book: symlinks, absolute paths and '..'.
            Codes(book).ShouldBe([
                "IDB0005@SUMMARY.md:2", "IDB0005@SUMMARY.md:3", "IDB0005@SUMMARY.md:4",
                "IDB0005@a.md:3", "IDB0005@a.md:5", "IDB0005@a.md:7", "IDB0005@a.md:7", "IDB0005@a.md:7",
            ], ignoreOrder: true);
            foreach (var name in book.Epub.EntryNames) Encoding.UTF8.GetString(book.Epub.Data(name)).ShouldNotContain("TOP SECRET", Case.Sensitive);
        }
        finally { Directory.Delete(outside, true); }
    }

}
