using IDocBook.Cli.Commands;
using IDocBook.Core.Caching;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>
/// What <c>watch</c> does on each change, one rebuild at a time: it parses and highlights only what
/// changed, says so, reports every problem again, and writes the bytes a fresh <c>build</c> writes.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RebuilderTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("SUMMARY.md", "# Summary\n\n* [安装](a.md)\n* [使用](b.md)\n* [附录](c.md)\n")
        .With("a.md", "# 安装\n\n先装好 Docker。\n\n```bash\ndocker pull nginx\n```\n")
        .With("b.md", "# 使用\n\n参见[安装](a.md)。\n\n<script>alert(1)</script>\n\n```go\nfunc main() {}\n```\n\n```yaml\nimage: nginx\n```\n")
        .With("c.md", "# 附录\n\n```bash\ndocker ps\n```\n");

    private readonly TempBook _outputs = new();

    private string Output(string name) => Path.Combine(_outputs.Root, name);

    private void Append(string file, string text) => File.AppendAllText(Path.Combine(_book.Root, file), text);

    [Fact]
    public void AfterAnEditOnlyThatChapterIsParsedAndTheOutputsAreThoseOfAFreshBuild()
    {
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("watched")));
        var first = rebuilder.Rebuild();
        first.Counts.ShouldBe(new CacheCounts(ChaptersParsed: 3, ChaptersReused: 0, CodeHighlighted: 4, CodeReused: 0));

        // Only characters the book has already: the fonts stay, so the PDF can reuse chapters' layouts.
        Append("a.md", "\n先装好 Docker。\n\n```bash\ndocker images\n```\n");
        var second = rebuilder.Rebuild();
        second.Counts.ShouldBe(new CacheCounts(ChaptersParsed: 1, ChaptersReused: 2, CodeHighlighted: 1, CodeReused: 4));
        // Only the edited chapter is laid out again; the others' boxes are reused, and the PDF is still a fresh build's.
        first.Layouts.ShouldBe((3, 0));
        second.Layouts.ShouldBe((1, 2));
        second.Written.Select(w => Path.GetFileName(w.Path)).ShouldBe([$"{Name}.epub", $"{Name}.pdf"]);

        var fresh = ConsoleCapture.Run("build", _book.Root, "-o", Output("fresh"));
        fresh.ExitCode.ShouldBe(0, fresh.Error);
        foreach (var extension in new[] { ".epub", ".pdf" })
        {
            var watched = File.ReadAllBytes(Path.Combine(Output("watched"), Name + extension));
            watched.ShouldBe(File.ReadAllBytes(Path.Combine(Output("fresh"), Name + extension)), $"{extension} differs from a fresh build");
        }
        // The edit is in the rebuilt outputs, not only the bytes of an unchanged book.
        first.Written.Single(w => w.Path.EndsWith(".epub", StringComparison.Ordinal)).Bytes
            .ShouldNotBe(second.Written.Single(w => w.Path.EndsWith(".epub", StringComparison.Ordinal)).Bytes);
    }

    [Fact]
    public void ANewTitleOrANewCharacterIsInTheRebuiltEpubAsInAFreshBuild()
    {
        // The cover, the EPUB's body font and the PDF's fonts and layouts are reused from the build
        // before while their inputs stay the same.
        _book.With("book.json", """{ "title": "容器入门" }""");
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("watched")));
        rebuilder.Rebuild();

        _book.With("book.json", """{ "title": "镜像入门" }""");
        Append("a.md", "\n鑫。\n");
        var rebuilt = rebuilder.Rebuild();
        rebuilt.Diagnostics.ErrorCount.ShouldBe(0);
        // A new character means new font subsets, so every chapter is laid out again.
        rebuilt.Layouts.ShouldBe((3, 0));

        WatchedOutputsAreAFreshBuilds("all");
    }

    [Fact]
    public void AnEditToASubChapterKeepsItsParentsLayout()
    {
        _book.With("SUMMARY.md", "# Summary\n\n* [安装](a.md)\n  * [使用](b.md)\n* [附录](c.md)\n");
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("watched"), "pdf"));
        rebuilder.Rebuild().Layouts.ShouldBe((3, 0));

        Append("b.md", "\n先装好 Docker。\n");
        rebuilder.Rebuild().Layouts.ShouldBe((1, 2));

        WatchedOutputsAreAFreshBuilds("pdf");
    }

    [Fact]
    public void AChangedImageIsSizedAnewInAnUnchangedChapter()
    {
        // Figures are sized from their bytes, so an image file changing changes the layout of the
        // chapters that show it, although their text did not change.
        _book.With("a.md", "# 安装\n\n先装好 Docker。\n\n![层](layers.png)\n").With("layers.png", Png(40, 10));
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("watched"), "pdf"));
        rebuilder.Rebuild().Layouts.ShouldBe((3, 0));

        _book.With("layers.png", Png(10, 40));
        rebuilder.Rebuild().Layouts.ShouldBe((3, 0));

        WatchedOutputsAreAFreshBuilds("pdf");
    }

    [Fact]
    public void A_character_no_font_has_is_warned_of_on_every_build_and_keeps_the_layouts()
    {
        // No font at all has U+0378 (unassigned): it is drawn as a box and reported from the model,
        // so the chapter holding it is reused like any other instead of laid out again every time.
        _book.With("c.md", "# 附录\n\n\u0378\n");
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("out"), "pdf"));
        var first = rebuilder.Rebuild();
        first.Diagnostics.All.ShouldContain(d => d.Code == "IDB0403" && d.Source!.File == "c.md" && d.Source.Line == 3);

        var again = rebuilder.Rebuild();
        again.Diagnostics.All.Count(d => d.Code == "IDB0403").ShouldBe(1);
        again.Diagnostics.All.ShouldContain(d => d.Code == "IDB0403" && d.Source!.File == "c.md" && d.Source.Line == 3);
        (first.Layouts, again.Layouts).ShouldBe(((3, 0), (0, 3)));
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void AReusedChapterReportsItsWarningsAgain()
    {
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("out"), "epub"));
        var first = rebuilder.Rebuild();
        first.Diagnostics.All.ShouldContain(d => d.Code == "IDB0101" && d.Source!.File == "b.md");

        Append("a.md", "\n又一段话。\n");
        var second = rebuilder.Rebuild();
        second.Counts.ChaptersReused.ShouldBe(2);
        second.Diagnostics.All.Select(d => d.ToString()).ShouldBe(first.Diagnostics.All.Select(d => d.ToString()));
        second.Line("rebuilt").ShouldEndWith("; 0 errors, 1 warning");
    }

    [Fact]
    public void OnlyWhatTheLastBuildUsedIsKept()
    {
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("out"), "epub"));
        var original = File.ReadAllText(Path.Combine(_book.Root, "c.md"));
        rebuilder.Rebuild();
        _book.With("c.md", "# 附录\n\n改过了。\n");
        rebuilder.Rebuild().Counts.ShouldBe(new CacheCounts(1, 2, 0, 3));
        // The first text of c.md was not used by the last build, so it was dropped and is parsed again.
        _book.With("c.md", original);
        rebuilder.Rebuild().Counts.ShouldBe(new CacheCounts(1, 2, 1, 3));
    }

    [Fact]
    public void ABrokenEditIsReportedAndTheNextEditRecovers()
    {
        var rebuilder = new Rebuilder(new BuildOptions(_book.Root, Output("out"), "epub"));
        rebuilder.Rebuild().Diagnostics.ErrorCount.ShouldBe(0);

        Append("SUMMARY.md", "* [缺失](missing.md)\n");
        var broken = rebuilder.Rebuild();
        broken.Diagnostics.All.ShouldContain(d => d.Code == "IDB0003");
        broken.Written.ShouldHaveSingleItem();
        broken.Counts.ShouldBe(new CacheCounts(0, 3, 0, 4));

        _book.With("SUMMARY.md", "# Summary\n\n* [安装](a.md)\n* [使用](b.md)\n* [附录](c.md)\n");
        var fixedBook = rebuilder.Rebuild();
        fixedBook.Diagnostics.ErrorCount.ShouldBe(0);
        fixedBook.Counts.ShouldBe(new CacheCounts(0, 3, 0, 4));
    }

    [Fact]
    public void TheLineSaysWhatWasRebuiltAndWritten()
    {
        var report = new RebuildReport(TimeSpan.FromMilliseconds(1640.4), new CacheCounts(1, 1999, 12, 1610),
            [new WrittenFile("output/x.epub", 1), new WrittenFile("output/x.pdf", 2)], new IDocBook.Core.Diagnostics.DiagnosticSink()) { Layouts = (1, 1999) };
        report.Line("rebuilt").ShouldBe("rebuilt in 1,640 ms: 1 chapter parsed, 1,999 reused; 12 code blocks highlighted, 1,610 reused; 1 chapter laid out, 1,999 reused; wrote output/x.epub, output/x.pdf; 0 errors, 0 warnings");
        (report with { Layouts = null }).Line("built").ShouldNotContain("laid out");
    }

    // Every file the rebuilds wrote into watched/ has the bytes `idocbook build` writes.
    private void WatchedOutputsAreAFreshBuilds(string format)
    {
        var fresh = ConsoleCapture.Run("build", _book.Root, "-o", Output("fresh"), "--format", format);
        fresh.ExitCode.ShouldBe(0, fresh.Error);
        var watched = Directory.GetFiles(Output("watched"));
        watched.ShouldNotBeEmpty();
        foreach (var file in watched)
            File.ReadAllBytes(file).ShouldBe(File.ReadAllBytes(Path.Combine(Output("fresh"), Path.GetFileName(file))), Path.GetFileName(file));
    }

    // The folder name, as the book has no config naming it.
    private string Name => Path.GetFileName(_book.Root);

    public void Dispose()
    {
        _book.Dispose();
        _outputs.Dispose();
    }
}
