using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using IDocBook.Core.Loading;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Hostile;

/// <summary>
/// Issue 19: a second round of hostile books, each built by the real <c>idocbook</c> process. Every
/// test checks the diagnostic and the exit code; <see cref="HostileCli"/> checks that nothing outside
/// the book was opened, nothing connected and no temporary file was left.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputRoundTwoTests : IDisposable
{
    private readonly HostileCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static TempBook Book(string chapter) => new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", chapter);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Entry(HostileCli.Result result, string suffix)
    {
        var path = Directory.GetFiles(result.Output, "*" + suffix).Single();
        return path;
    }

    private static string Svgs(HostileCli.Result result)
    {
        using var zip = ZipFile.OpenRead(Entry(result, ".epub"));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".svg", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    private static string Chapter(HostileCli.Result result)
    {
        using var zip = ZipFile.OpenRead(Entry(result, ".epub"));
        var chapter = zip.Entries.First(e => e.FullName.StartsWith("OEBPS/text/", StringComparison.Ordinal) && e.Name is not ("nav.xhtml" or "cover.xhtml"));
        return new StreamReader(chapter.Open()).ReadToEnd();
    }

    // 19.1: an SVG inside an SVG, whose images and <use> point at files outside the book and at a URL.
    [Fact]
    public void AnSvgInsideAnSvgReadsNothingOutsideAndReachesNoNetwork()
    {
        var inner = $"""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">
              <image href="{_cli.Url}/inner.png" width="10" height="10"/>
              <image xlink:href="file://{_cli.Outside}/secret.png" width="50" height="50"/>
              <use href="file://{_cli.Outside}/secret.svg#s"/><rect width="5" height="5"/>
            </svg>
            """;
        using var book = Book("# A\n\n![nested](outer.svg)\n")
            .With("outer.svg", $"""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><image href="data:image/svg+xml;base64,{Base64(inner)}" width="100" height="100"/></svg>""");
        var result = _cli.Build(book.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBe(["IDB0308@a.md"]);
        var svg = Svgs(result);
        var nested = Encoding.UTF8.GetString(Convert.FromBase64String(svg[(svg.IndexOf("base64,", StringComparison.Ordinal) + 7)..svg.IndexOf('"', svg.IndexOf("base64,", StringComparison.Ordinal))]));
        nested.ShouldNotContain("file:");
        nested.ShouldNotContain("127.0.0.1");
    }

    // 19.2: CSS escapes hide @import and url( from a text search.
    [Fact]
    public void CssEscapesHideNoImportAndNoUrl()
    {
        using var book = Book("# A\n\n![A drawing styled with escaped CSS](css.svg)\n").With("css.svg", $$"""
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <style>@\69mport url(file://{{_cli.Outside}}/secret.css); rect { fill: u\72l({{_cli.Url}}/p.svg#p) }</style>
              <rect style="stroke: u\72l(file://{{_cli.Outside}}/secret.svg#s)" fill="u\72l({{_cli.Url}}/f#f)" width="5" height="5"/>
            </svg>
            """);
        var result = _cli.Build(book.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBe(["IDB0308@a.md"]);
        var svg = Svgs(result);
        svg.ShouldNotContain(_cli.Outside);
        svg.ShouldNotContain("127.0.0.1");
    }

    // 19.3: paths from the config go through the boundary: src above the book, or the root of the file system.
    [Theory]
    [InlineData("src: ../{outside}\n")]
    [InlineData("src: /\n")]
    [InlineData("src: ../../../../../../..\n")]
    public void TheConfigsSrcCannotLeaveTheBook(string config)
    {
        using var book = new TempBook().With("book.yml", config.Replace("{outside}", Path.GetFileName(_cli.Outside), StringComparison.Ordinal)).With("a.md", "# A\n");
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0005@book.yml"]);
        result.Error.ShouldNotContain("secret");
    }

    // 19.4: folder links in a book without SUMMARY.md: x -> . and y -> .. once listed the book forever.
    [Fact]
    public void FolderLinksAreNotFollowedWhenTheBookIsListed()
    {
        using var book = new TempBook().With("a.md", "# A\n").With("sub/b.md", "# B\n");
        Directory.CreateSymbolicLink(Path.Combine(book.Root, "x"), ".");
        Directory.CreateSymbolicLink(Path.Combine(book.Root, "sub", "y"), "..");
        Directory.CreateSymbolicLink(Path.Combine(book.Root, "out"), _cli.Outside);
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBe(["IDB0016@out", "IDB0016@y", "IDB0016@x"], ignoreOrder: true);
        result.Out.ShouldContain("Build succeeded");
        using var zip = ZipFile.OpenRead(Entry(result, ".epub"));
        zip.Entries.Count(e => e.FullName.StartsWith("OEBPS/text/", StringComparison.Ordinal) && !e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal) && !e.FullName.Contains("cover")).ShouldBe(2);
    }

    // 19.5: 100 × 100 × 100 includes from a few kilobytes.
    [Fact]
    public void AnIncludeBombStopsAtItsBudgetAndNamesTheChain()
    {
        using var book = Book("# A\n\n" + string.Concat(Enumerable.Repeat("{{#include l1.md}}\n", 100)))
            .With("l1.md", string.Concat(Enumerable.Repeat("{{#include l2.md}}\n", 100)))
            .With("l2.md", string.Concat(Enumerable.Repeat("{{#include l3.md}}\n", 100)))
            .With("l3.md", new string('x', 2000) + "\n");
        var result = _cli.Build(book.Root, "epub", seconds: 300);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0017@l2.md"]);
        result.Error.ShouldContain("a.md → l1.md → l2.md → l3.md");
    }

    // 19.6: a billion laughs of <use>, 20,000 nested groups, a 30000×30000 PNG in a data URI.
    [Fact]
    public void SvgBombsAreDrawnAsPlaceholdersWithAnError()
    {
        var laughs = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (var i = 1; i <= 9; i++) laughs.Append($"<g id=\"l{i}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{i - 1}\"/>", 10))).Append("</g>");
        laughs.Append("</defs><use href=\"#l9\"/></svg>");
        var deep = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", 20_000)) + string.Concat(Enumerable.Repeat("</g>", 20_000)) + "</svg>";
        var png = TestImages.GreyPng(30_000, 30_000, rows: 2);
        var pixels = $"""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,{Convert.ToBase64String(png)}" width="10" height="10"/></svg>""";
        using var book = Book("# A\n\n![A billion laughs](laughs.svg)\n\n![Groups nested too deep](deep.svg)\n\n![A drawing of too many pixels](pixels.svg)\n")
            .With("laughs.svg", laughs.ToString()).With("deep.svg", deep).With("pixels.svg", pixels);
        var result = _cli.Build(book.Root);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0310@a.md", "IDB0310@a.md", "IDB0310@a.md"]);
        Chapter(result).ShouldContain("laughs");
    }

    // 19.7: aliases as keys, 50,000 nested flow sequences and a lone surrogate escape, in the config and in front matter.
    [Theory]
    [InlineData("alias keys")]
    [InlineData("deep flow")]
    [InlineData("surrogate")]
    public void HostileYamlIsADiagnosticWithItsPlace(string kind)
    {
        var yaml = kind switch
        {
            "alias keys" => "a0: &a0 [x, x]\n" + string.Concat(Enumerable.Range(1, 11).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")) + "? *a11\n: boom\n",
            "deep flow" => "title: " + new string('[', 50_000) + new string(']', 50_000) + "\n",
            _ => "title: \"\\uD800\\u0041\"\n",
        };
        using var book = Book("---\n" + yaml + "---\n# A\n").With("book.yml", yaml);
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0009@a.md", "IDB0002@book.yml"]);
        result.Error.ShouldMatch(@"book\.yml\(\d+,\d+\): error IDB0002: book\.yml is not valid YAML: ");
    }

    // 19.9: FIFOs as a chapter, an include, an image, the config, a font and a listed file.
    [Fact]
    public void FifosAreNeverOpened()
    {
        using var book = Book("# A\n\n{{#include inc.md}}\n\n![fifo](img.png)\n").With("SUMMARY.md", "* [A](a.md)\n* [F](f.md)\n")
            .With("book.yml", "fonts:\n  body: font.ttf\n");
        foreach (var name in new[] { "f.md", "inc.md", "img.png", "font.ttf", "book.json" }) Fifo(Path.Combine(book.Root, name));
        var result = _cli.Build(book.Root, seconds: 60);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0014@book.json", "IDB0014@SUMMARY.md", "IDB0014@a.md", "IDB0014@a.md", "IDB0014@book.yml"], ignoreOrder: true);

        using var listed = new TempBook().With("a.md", "# A\n");
        Fifo(Path.Combine(listed.Root, "b.md"));
        var again = _cli.Build(listed.Root, "epub", seconds: 60);
        again.ExitCode.ShouldBe(1, again.ToString());
        again.Codes.ShouldBe(["IDB0014@b.md"]);
    }

    private static void Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }

    // 19.10: a sub-folder the build may not read. As root, permissions do not bind, so the build runs as nobody.
    [Fact]
    public void AnUnreadableFolderIsAWarning()
    {
        using var book = new TempBook().With("a.md", "# A\n").With("locked/b.md", "# B\n");
        var locked = Path.Combine(book.Root, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var nobody = Environment.UserName == "root" ? "65534" : null;
        if (nobody is not null) File.SetUnixFileMode(book.Root, (UnixFileMode)0b111_101_101);
        try
        {
            var result = _cli.Build(book.Root, "epub", runAs: nobody);
            result.ExitCode.ShouldBe(0, result.ToString());
            result.Codes.ShouldBe(["IDB0015@locked"]);
        }
        finally { File.SetUnixFileMode(locked, (UnixFileMode)0b111_101_101); }
    }

    // 19.11: a modification time past the year 9999 (tmpfs holds one; ext4 stops at 2446).
    [SkippableFact]
    public void AModificationTimePastTheYear9999IsSkipped()
    {
        Skip.IfNot(Directory.Exists("/dev/shm"), "no tmpfs at /dev/shm");
        var root = Path.Combine("/dev/shm", "idocbook-time-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "SUMMARY.md"), "* [A](a.md)\n");
            File.WriteAllText(Path.Combine(root, "a.md"), "# A\n");
            using (var touch = Process.Start("touch", ["-d", "@300000000000", Path.Combine(root, "a.md")])) touch.WaitForExit();
            Skip.If(FileStatus.Of(Path.Combine(root, "a.md")).ModifiedSeconds < 253402300800, "this file system cannot hold the year 11476");
            var result = _cli.Build(root, "epub", fileDates: true);
            result.ExitCode.ShouldBe(0, result.ToString());
            result.Codes.ShouldBe(["IDB0018@a.md"]);
        }
        finally { Directory.Delete(root, true); }
    }

    // 19.12: fonts that are not fonts, two spellings of one role, and a SUMMARY nested 128 deep.
    [Fact]
    public void BadFontsAndADeepSummaryAreDiagnosticsNotCrashes()
    {
        var font = File.ReadAllBytes(Repository.PathOf("fonts/JetBrainsMono-Regular.ttf"));
        using var book = Book("# A\n").With("book.yml", "fonts:\n  body: empty.ttf\n  bold: random.ttf\n  Mono: truncated.ttf\n  mono: truncated.ttf\n")
            .With("empty.ttf", []).With("random.ttf", [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))]).With("truncated.ttf", font[..30_000]);
        var result = _cli.Build(book.Root);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0410@book.yml", "IDB0410@book.yml", "IDB0410@book.yml", "IDB0002@book.yml"], ignoreOrder: true);
        result.Out.ShouldContain(".pdf");

        using var deep = new TempBook().With("SUMMARY.md", string.Concat(Enumerable.Range(0, 130).Select(i => new string(' ', 2 * i) + $"* [C{i}](c{i}.md)\n")));
        for (var i = 0; i < 130; i++) deep.With($"c{i}.md", $"# C{i}\n");
        var summary = _cli.Build(deep.Root, "epub");
        summary.ExitCode.ShouldBe(0, summary.ToString());
        summary.Codes.ShouldBe(["IDB0103@SUMMARY.md"]);
    }

    // 19.13: a build stopped by SIGTERM leaves no temporary; one killed outright is cleaned by the next build.
    [Fact]
    public void TemporariesDieWithTheBuild()
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 4000).Select(i => $"第 {i} 段：容器把应用和它的依赖打包在一起。\n\n"));
        using var book = Book("# A\n\n" + paragraphs);
        foreach (var signal in new[] { "TERM", "KILL" })
        {
            using var outputFolder = new TempBook();
            var output = Path.Combine(outputFolder.Root, "output");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "idocbook.dll"), "build", book.Root, "-o", output, "--format", "pdf" }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && (!Directory.Exists(output) || Directory.GetFiles(output, "*.tmp").Length == 0) && watch.Elapsed < TimeSpan.FromSeconds(120)) Thread.Sleep(5);
            Skip.If(process.HasExited, "the build ended before its temporary could be seen");
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            process.WaitForExit();
            var left = Directory.GetFiles(output, "*.tmp");
            if (signal == "TERM")
            {
                left.ShouldBeEmpty("SIGTERM left a temporary");
                continue;
            }
            left.Length.ShouldBe(1, "SIGKILL cannot be caught, so its temporary stays until the next build");
            var next = _cli.Build(book.Root, "epub");
            next.ExitCode.ShouldBe(0, next.ToString());
            // The next build into the same folder removes the dead build's file.
            HostileCli.Run(["build", book.Root, "-o", output, "--format", "epub"], null, 120, output).ExitCode.ShouldBe(0);
            Directory.GetFiles(output, "*.tmp").ShouldBeEmpty();
        }
    }

    // 19.14: a POSIX locale as the language is corrected; anything else that is not BCP 47 is refused.
    [SkippableTheory]
    [InlineData("zh_CN", 0, "IDB0019", "zh-CN")]
    [InlineData("Chinese (Simplified)", 1, "IDB0020", "en")]
    public void ALanguageThatIsNotBcp47NeverReachesTheEpub(string language, int exit, string code, string written)
    {
        using var book = Book("# A\n\nText.\n").With("book.yml", $"language: {language}\n");
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(exit, result.ToString());
        result.Codes.ShouldBe([code + "@book.yml"]);
        Chapter(result).ShouldContain($"xml:lang=\"{written}\"");
        EpubCheck.Run(Entry(result, ".epub")).Problems.ShouldBeEmpty();
    }

    // 19.15: URLs with characters a URI may not hold, and a broken IPv6 host.
    [SkippableFact]
    public void ExternalUrlsAreEscapedOrDropped()
    {
        using var book = Book("# A\n\n[braces](http://example.com/a{b}|c^d\\e`f) [space](<http://example.com/a b>) [中文](http://example.com/路径?q=值) [v6](http://[zz::1]/x)\n");
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBe(["IDB0110@a.md"]);
        var xhtml = Chapter(result);
        xhtml.ShouldContain("href=\"http://example.com/a%7Bb%7D%7Cc%5Ed%5Ce%60f\"");
        xhtml.ShouldContain("href=\"http://example.com/a%20b\"");
        xhtml.ShouldContain("href=\"http://example.com/%E8%B7%AF%E5%BE%84?q=%E5%80%BC\"");
        xhtml.ShouldContain("v6");
        EpubCheck.Run(Entry(result, ".epub")).Problems.ShouldBeEmpty();
    }

    // 19.16 and 19.17, with issue 12's DOCTYPE: what the SVG 1.1 schema forbids, and every kind of DOCTYPE.
    [SkippableFact]
    public void SvgsComeOutValidWhateverTheyHeld()
    {
        const string dtd = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"";
        using var book = Book("# A\n\n![a](invalid.svg) ![b](standard.svg) ![c](subset.svg) ![d](hidden.svg)\n")
            .With("invalid.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><feImage/><g><stop offset=\"0\"/></g><rect paint-order=\"stroke\" width=\"1\" height=\"1\"/></svg>")
            .With("standard.svg", $"<?xml version=\"1.0\"?>\n{dtd}>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"1\" height=\"1\"/></svg>")
            .With("subset.svg", $"<?xml version=\"1.0\"?>\n{dtd} [\n<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n<!ENTITY gt \"a>b\">\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"1\" height=\"1\"/></svg>")
            .With("hidden.svg", $"<?xml version=\"1.0\"?>\n<!-- > -->\n<!DOCTYPE svg [<!-- > --> <!ENTITY x SYSTEM \"file://{_cli.Outside}/secret.md\">]>\n<?xml-stylesheet href=\"file://{_cli.Outside}/secret.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"1\" height=\"1\"/></svg>");
        var result = _cli.Build(book.Root);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBe(["IDB0311@a.md", "IDB0308@a.md"], ignoreOrder: true);
        var svgs = Svgs(result);
        svgs.ShouldNotContain("DOCTYPE");
        svgs.ShouldNotContain("feImage");
        EpubCheck.Run(Entry(result, ".epub")).Problems.ShouldBeEmpty();
    }

    // Issue 12 §5: the read boundary is the enclosing repository; a link out of it stays refused.
    [Fact]
    public void ABookMayIncludeFromItsRepositoryButNotBeyond()
    {
        using var repository = new TempBook().With(".git/HEAD", "ref: refs/heads/main\n").With("examples/hello.rs", "fn main() {}\n")
            .With("guide/src/SUMMARY.md", "* [A](a.md)\n").With("guide/book.toml", "[book]\ntitle = \"Guide\"\n")
            .With("guide/src/a.md", $"# A\n\n```rust\n{{{{#include ../../examples/hello.rs}}}}\n```\n\n{{{{#include ../../leak/secret.md}}}}\n\n{{{{#include {Path.GetRelativePath(Path.Combine(Path.GetTempPath(), "x", "guide", "src"), _cli.Outside)}/secret.md}}}}\n");
        Directory.CreateSymbolicLink(Path.Combine(repository.Root, "leak"), _cli.Outside);
        var result = _cli.Build(Path.Combine(repository.Root, "guide"), "epub");
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Codes.ShouldBe(["IDB0005@a.md", "IDB0005@a.md"]);
        System.Text.RegularExpressions.Regex.Replace(Chapter(result), "<[^>]+>", "").ShouldContain("fn main() {}");
    }

    // Issue 12 §5: GitBook's cover.jpg at the book root is the cover.
    [Fact]
    public void AGitBooksCoverJpgIsItsCover()
    {
        using var book = Book("# A\n").With("cover.jpg", TestImages.Encoded(SkiaSharp.SKEncodedImageFormat.Jpeg, 60, 80, SkiaSharp.SKColors.Teal));
        var result = _cli.Build(book.Root, "epub");
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Codes.ShouldBeEmpty();
        using var zip = ZipFile.OpenRead(Entry(result, ".epub"));
        zip.GetEntry("OEBPS/images/cover.jpg").ShouldNotBeNull();
    }
}
