using IDocBook.Tests.Books;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary><c>idocbook check</c> and <c>build</c> through the real entry point, on the planted problems of tests/fixtures/broken.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckAndBuildCommandTests
{
    private static readonly string Broken = FixtureBooks.PathOf("broken");

    /// <summary>Every problem planted in the broken book, as <c>file(line,col): severity code</c>.</summary>
    private static readonly string[] Planted =
    [
        "SUMMARY.md(4,1): error IDB0003",    // missing chapter file
        "SUMMARY.md(5,1): error IDB0004",    // listed twice
        "SUMMARY.md(7,1): error IDB0005",    // ../outside.md
        "good.md(3,1): warning IDB0201",     // link to a missing file
        "good.md(3,30): warning IDB0202",    // missing anchor
        "good.md(7,1): error IDB0011",       // missing include
        "good.md(9,1): warning IDB0101",     // <script>
        "good.md(11,1): warning IDB0101",    // onclick
        "images.md(3,1): error IDB0301",     // missing image
        "images.md(5,1): error IDB0303",     // an HTML page saved as .png
        "images.md(7,1): warning IDB0140",   // alt text that is the file's name
        "images.md(7,1): error IDB0306",     // truncated PNG
        "images.md(9,1): warning IDB0302",   // remote image
        "images.md(11,1): warning IDB0140",  // alt text that is the file's name
        "images.md(11,1): warning IDB0308",  // SVG with a script
        "parts/b.md(1,15): error IDB0012",   // cyclic include, reported where the cycle closes
    ];

    [Fact]
    public void CheckReportsEveryPlantedProblemWithFileAndLineAndExitsOne()
    {
        var result = ConsoleCapture.Run("check", Broken);
        result.ExitCode.ShouldBe(1);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("  hint: ", StringComparison.Ordinal))
            .Select(l => l.Replace(Broken + Path.DirectorySeparatorChar, "")).Select(l => l[..(l.IndexOf("IDB", StringComparison.Ordinal) + 7)]).ToList();
        lines.ShouldBe(Planted);
        result.Out.Trim().ShouldBe("Checked 2 chapters: 8 errors, 8 warnings.");
    }

    [Theory]
    [InlineData("gitbook")]
    [InlineData("mdbook")]
    [InlineData("single/handbook.md")]
    public void CheckExitsZeroOnAGoodBookWhateverItsNotesAndWarnings(string book)
    {
        var result = ConsoleCapture.Run("check", FixtureBooks.PathOf(book));
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldNotContain(": error ");
        // The fixtures' only warnings are images whose alt text describes nothing, as real books have.
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": warning ")).ShouldAllBe(l => l.Contains("IDB0140"));
        result.Out.ShouldContain("0 errors");
    }

    [Fact]
    public void CheckWritesNothing()
    {
        var before = Directory.GetFiles(Broken, "*", SearchOption.AllDirectories).Order().ToList();
        ConsoleCapture.Run("check", Broken);
        Directory.GetFiles(Broken, "*", SearchOption.AllDirectories).Order().ShouldBe(before);
    }

    [SkippableFact]
    public void BuildOfTheBrokenBookStillWritesACompleteValidEpubAndExitsOne()
    {
        var output = Path.Combine(Path.GetTempPath(), "idocbook-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            // EPUB only: the PDF writer's own checks live with it.
            var result = ConsoleCapture.Run("build", Broken, "-o", output, "--format", "epub");
            result.ExitCode.ShouldBe(1);
            result.Out.ShouldStartWith("Build finished with errors: wrote ");
            Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(["broken.epub"]);
            var epub = EpubPackage.Open(File.ReadAllBytes(Path.Combine(output, "broken.epub")));
            EpubInvariants.ManifestIsComplete(epub);
            EpubInvariants.XhtmlIsWellFormed(epub);
            var images = epub.Text("OEBPS/text/images.xhtml");
            foreach (var alt in new[] { "missing", "html page", "truncated", "remote" })
                images.ShouldContain($"<span class=\"image-missing\">[图片: {alt}]</span>".Replace("图片", ImageLabel(images)));
            var check = EpubCheck.Run(Path.Combine(output, "broken.epub"));
            check.Messages.ShouldBeEmpty(check.ToString());
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, true);
        }
    }

    [Fact]
    public void AnEmptyBookExitsOneAndWritesNoFile()
    {
        using var book = new TempBook();
        var output = Path.Combine(book.Root, "out");
        var result = ConsoleCapture.Run("build", book.Root, "-o", output);
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error IDB0008");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void AMissingBookIsAnErrorWithNoOutput()
    {
        var result = ConsoleCapture.Run("check", "/nonexistent/book");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error IDB0001");
    }

    // The placeholder label is in the book's language; the broken book has none, so it is guessed.
    private static string ImageLabel(string xhtml)
    {
        var at = xhtml.IndexOf("image-missing\">[", StringComparison.Ordinal) + "image-missing\">[".Length;
        return xhtml[at..xhtml.IndexOf(':', at)];
    }
}
