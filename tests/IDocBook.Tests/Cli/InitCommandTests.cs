using IDocBook.Cli.Commands;
using IDocBook.Core.Loading;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary><c>idocbook init</c>: the starter book builds cleanly in either language, and nothing is ever overwritten.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InitCommandTests : IDisposable
{
    private readonly TempBook _dir = new();

    public void Dispose() => _dir.Dispose();

    [SkippableTheory]
    [InlineData("en", "Getting started")]
    [InlineData("zh-CN", "快速上手")]
    public void TheStarterBookBuildsWithNoWarningAndPassesEpubCheck(string language, string firstChapter)
    {
        var folder = Path.Combine(_dir.Root, "new book");
        var init = ConsoleCapture.Run("init", folder, "--lang", language, "--title", "Notes: \"first\" #1");
        init.ExitCode.ShouldBe(0, init.Error);
        foreach (var file in new[] { "book.yml", "SUMMARY.md", "01-getting-started.md", "02-writing.md", "images/flow.svg", ".gitignore" })
            File.Exists(Path.Combine(folder, file)).ShouldBeTrue(file);
        File.ReadAllText(Path.Combine(folder, ".gitignore")).ShouldBe("output/\n");
        var chapter = File.ReadAllText(Path.Combine(folder, "01-getting-started.md"));
        chapter.ShouldContain(firstChapter);
        foreach (var part in new[] { "\n## ", "|---|", "```", "[^", "](02-writing.md)", "![" }) chapter.ShouldContain(part);

        var build = ConsoleCapture.Run("build", folder, "-o", Path.Combine(folder, "output"));
        build.ExitCode.ShouldBe(0, build.Error);
        build.Out.ShouldContain("0 errors, 0 warnings");
        build.Error.ShouldBeEmpty();
        var epub = Path.Combine(folder, "output", "new book.epub");
        var opf = Epub.EpubPackage.Open(File.ReadAllBytes(epub)).Text("OEBPS/content.opf");
        opf.ShouldContain(">Notes: \"first\" #1</dc:title>");
        opf.ShouldContain($"<dc:language>{language}</dc:language>");
        EpubCheck.Run(epub).Messages.ShouldBeEmpty();
    }

    [Fact]
    public void AFolderThatHoldsABookIsRefused()
    {
        File.WriteAllText(Path.Combine(_dir.Root, "SUMMARY.md"), "* [A](a.md)\n");
        var result = ConsoleCapture.Run("init", _dir.Root);
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("the folder already holds a book");
        File.ReadAllText(Path.Combine(_dir.Root, "SUMMARY.md")).ShouldBe("* [A](a.md)\n");
    }

    [Fact]
    public void AnExistingFileIsNeverOverwritten()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Root, "images"));
        File.WriteAllText(Path.Combine(_dir.Root, "images", "flow.svg"), "mine");
        var result = ConsoleCapture.Run("init", _dir.Root);
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("flow.svg: error: the file already exists and init never overwrites");
        File.ReadAllText(Path.Combine(_dir.Root, "images", "flow.svg")).ShouldBe("mine");
        File.Exists(Path.Combine(_dir.Root, "book.yml")).ShouldBeFalse();
    }

    [Fact]
    public void AFolderWithASummaryOrAConfigIsABookFolder()
    {
        BookLoader.IsBookFolder(_dir.Root).ShouldBeFalse();
        File.WriteAllText(Path.Combine(_dir.Root, "book.toml"), "[book]\n");
        BookLoader.IsBookFolder(_dir.Root).ShouldBeTrue();
    }

    [Fact]
    public void TheVersionNamesTheToolAndItsCommit()
    {
        var result = ConsoleCapture.Run("--version");
        result.ExitCode.ShouldBe(0);
        result.Out.Trim().ShouldMatch(@"^idocbook 0\.2\.0(\+[0-9a-f]{7})?$");
        result.Out.Trim().ShouldBe(CommandLine.Version);
    }
}
