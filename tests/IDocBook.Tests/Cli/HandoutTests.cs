using System.Security.Cryptography;
using IDocBook.Pdf.Pages;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;

namespace IDocBook.Tests.Cli;

/// <summary>
/// Handouts and release builds through the real entry point: a few chapters on A5, front matter left
/// out, a booklet, checksums, and settings from the command line.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HandoutTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("book.yml", "title: Handbook\nsubtitle: For the team\nlanguage: en\nnumbering: true\nname: handbook\n")
        .With("SUMMARY.md", "# Summary\n\n* [Start](start.md)\n* [Install](install.md)\n* [Use](use.md)\n* [Appendix](appendix.md)\n")
        .With("start.md", "# Start\n\nRead [Install](install.md) first.\n\n![Flow](flow.svg)\n")
        .With("install.md", "# Install\n\nBack to [the start](start.md); on to [use](use.md#running).\n\n## Packages\n\nInstall them.\n")
        .With("use.md", "# Use\n\n## Running\n\nRun it, then see [the appendix](appendix.md).\n")
        .With("appendix.md", "# Appendix\n\n" + string.Concat(Enumerable.Repeat("A long appendix paragraph that fills pages of the full book. ", 400)) + "\n")
        .With("flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
    private readonly TempBook _output = new();

    public void Dispose()
    {
        _book.Dispose();
        _output.Dispose();
    }

    private string Out(string name) => Path.Combine(_output.Root, name);

    [Fact]
    public void TwoChaptersOnA5WithChecksumsMakeASmallerBookOfJustThoseChapters()
    {
        ConsoleCapture.Run("build", _book.Root, "-o", Out("full")).ExitCode.ShouldBe(0);
        var result = ConsoleCapture.Run("build", _book.Root, "--chapters", "2-3", "--paper", "a5", "--checksums", "-o", Out("handout"));
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("--chapters keeps Chapters 2–3: Install, Use.");
        result.Error.ShouldContain("2 links into chapters left out by --chapters are shown as plain text.");

        var epub = EpubPackage.Open(File.ReadAllBytes(Out("handout/handbook.epub")));
        var chapters = epub.EntryNames.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal) && n.StartsWith("OEBPS/text/", StringComparison.Ordinal) && !n.EndsWith("cover.xhtml", StringComparison.Ordinal)).ToList();
        chapters.ShouldContain(n => n.Contains("install", StringComparison.Ordinal));
        chapters.ShouldContain(n => n.Contains("use", StringComparison.Ordinal));
        chapters.ShouldNotContain(n => n.Contains("start", StringComparison.Ordinal) || n.Contains("appendix", StringComparison.Ordinal));
        // The image only the left-out chapter showed is left out too.
        epub.EntryNames.ShouldNotContain(n => n.EndsWith(".svg", StringComparison.Ordinal));
        var install = epub.Text(chapters.Single(n => n.Contains("install", StringComparison.Ordinal)));
        install.ShouldContain("the start");
        install.ShouldNotContain("start.xhtml");
        install.ShouldContain("use.xhtml#running"); // a link between kept chapters still works
        epub.Text("OEBPS/content.opf").ShouldContain("For the team · Chapters 2–3");

        var full = new FileInfo(Out("full/handbook.pdf")).Length;
        var handout = File.ReadAllBytes(Out("handout/handbook.pdf"));
        ((long)handout.Length).ShouldBeLessThan(full);
        using (var pdf = PdfDocument.Open(handout))
        {
            pdf.GetPages().ShouldAllBe(p => Math.Abs(p.Width - Paper.A5.Width) < 1 && Math.Abs(p.Height - Paper.A5.Height) < 1);
            var titlePage = pdf.GetPage(1).Text;
            titlePage.ShouldContain("Chapters 2–3");
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            // Numbering keeps the book's numbers: Install is still chapter 2.
            text.ShouldContain("2 Install");
            text.ShouldContain("3.1 Running");
            text.ShouldNotContain("A long appendix paragraph");
        }

        var sums = File.ReadAllLines(Out("handout/SHA256SUMS"));
        sums.Length.ShouldBe(2);
        foreach (var line in sums)
        {
            var (hash, name) = (line[..64], line[66..]);
            line[64..66].ShouldBe("  ");
            hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Out("handout/" + name)))));
        }
        sums.Select(l => l[66..]).ShouldBe(["handbook.epub", "handbook.pdf"]);
    }

    [Fact]
    public void ABookletIsImposedOnLandscapeSheetsWithTextAndLinksKept()
    {
        ConsoleCapture.Run("build", _book.Root, "--format", "pdf", "-o", Out("plain"), "--paper", "A5").ExitCode.ShouldBe(0);
        var result = ConsoleCapture.Run("build", _book.Root, "--format", "pdf", "--booklet", "--paper", "A5", "-o", Out("booklet"));
        result.ExitCode.ShouldBe(0, result.Error);
        int pages;
        using (var plain = PdfDocument.Open(File.ReadAllBytes(Out("plain/handbook.pdf")))) pages = plain.NumberOfPages;
        using var booklet = PdfDocument.Open(File.ReadAllBytes(Out("booklet/handbook.pdf")));
        booklet.NumberOfPages.ShouldBe((pages + 3) / 4 * 2);
        booklet.GetPages().ShouldAllBe(p => Math.Abs(p.Width - 2 * Paper.A5.Width) < 1 && Math.Abs(p.Height - Paper.A5.Height) < 1);
        // The first side holds the last page (left) and the title page (right).
        var first = booklet.GetPage(1);
        first.GetWords().Where(w => w.Text == "Handbook").ShouldAllBe(w => w.BoundingBox.Left > Paper.A5.Width);
        booklet.GetPages().Sum(p => p.GetAnnotations().Count()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void WithoutTitlePageAndContentsTheFirstPageIsTheFirstChapter()
    {
        var result = ConsoleCapture.Run("build", _book.Root, "--format", "pdf", "--no-title-page", "--no-toc", "-o", Out("bare"));
        result.ExitCode.ShouldBe(0, result.Error);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Out("bare/handbook.pdf")));
        string.Join(" ", pdf.GetPage(1).GetWords().Take(2).Select(w => w.Text)).ShouldBe("1 Start");
    }

    [Fact]
    public void MarginsThatLeaveLessThan60MillimetresOfTextAreRefusedAndNothingIsWritten()
    {
        var result = ConsoleCapture.Run("build", _book.Root, "--paper", "A5", "--margins", "20,50", "-o", Out("narrow"));
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("--margins 20,50 leave 48 mm of text width on A5 paper (148 mm wide), less than the 60 mm a readable line needs");
        Directory.Exists(Out("narrow")).ShouldBeFalse();
    }

    [Fact]
    public void MetadataFromTheCommandLineWinsOverTheConfig()
    {
        var result = ConsoleCapture.Run("build", _book.Root, "-M", "version=v2.1.0", "-M", "title=Field Guide", "-o", Out("meta"));
        result.ExitCode.ShouldBe(0, result.Error);
        var opf = EpubPackage.Open(File.ReadAllBytes(Out("meta/handbook.epub"))).Text("OEBPS/content.opf");
        opf.ShouldContain(">Field Guide</dc:title>");
        opf.ShouldContain("<meta property=\"schema:version\">v2.1.0</meta>");
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Out("meta/handbook.pdf")));
        pdf.GetPage(1).Text.ShouldContain("v2.1.0");
    }

    [Theory]
    [InlineData("auther=x", "-M auther is not a book.yml key; it is ignored.")]
    [InlineData("novalue", "-M 'novalue' is not key=value; it is ignored.")]
    public void AMistakenMetadataOverrideIsAnError(string pair, string message)
    {
        var result = ConsoleCapture.Run("build", _book.Root, "-M", pair, "-o", Out("bad"));
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error IDB0045: " + message);
    }

    [Theory]
    [InlineData("9", "--chapters '9' is not a range of chapters: the book has 4.")]
    [InlineData("missing.md", "--chapters 'missing.md' is neither a position nor a chapter file of the book.")]
    public void AChapterListNamingNothingIsAnErrorAndWritesNothing(string list, string message)
    {
        var result = ConsoleCapture.Run("build", _book.Root, "--chapters", list, "-o", Out("none"));
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error IDB0046: " + message);
        Directory.Exists(Out("none")).ShouldBeFalse();
    }

    [Fact]
    public void ChaptersCanBeChosenByFileName()
    {
        var result = ConsoleCapture.Run("build", _book.Root, "--chapters", "use.md,start.md", "--format", "epub", "-o", Out("named"));
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("--chapters keeps Chapters 1, 3: Start, Use.");
    }
}
