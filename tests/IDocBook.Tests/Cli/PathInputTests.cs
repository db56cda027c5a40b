using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>Issue 15.3: every way of naming a book folder builds the same book, named after the config or the folder; no path crashes.</summary>
public sealed class PathInputTests : IDisposable
{
    private readonly TempBook _dir = new();

    public PathInputTests()
    {
        // A book without a title: the folder's name is its title and its file name.
        _dir.With("plain/a.md", "just text, no heading\n").With("plain/sub/keep.txt", "");
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("", "plain/")]
    [InlineData("", "plain")]
    [InlineData("", "./plain/")]
    [InlineData("", "ABSOLUTE")]
    [InlineData("plain", ".")]
    [InlineData("plain", "./")]
    [InlineData("plain/sub", "..")]
    [InlineData("plain/sub", "../")]
    public void EveryWayOfNamingTheFolderBuildsTheSameBookNamedAfterTheFolder(string cwd, string book)
    {
        var output = Path.Combine(_dir.Root, "out-" + Guid.NewGuid().ToString("N"));
        var result = CliProcess.Run(Path.Combine(_dir.Root, cwd), ["build", book == "ABSOLUTE" ? Path.Combine(_dir.Root, "plain") + "/" : book, "-o", output]);
        result.ExitCode.ShouldBe(0, result.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).Order().ShouldBe(["plain.epub", "plain.pdf"]);
        var opf = Epub.EpubPackage.Open(File.ReadAllBytes(Path.Combine(output, "plain.epub"))).Text("OEBPS/content.opf");
        opf.ShouldContain("<dc:title id=\"title\">plain</dc:title>");
    }

    [Fact]
    public void TheConfigsNameWinsOverTheFolders()
    {
        _dir.With("plain/book.yml", "name: my-notes\n");
        var output = Path.Combine(_dir.Root, "out");
        var result = CliProcess.Run(_dir.Root, ["build", "plain/", "-o", output]);
        result.ExitCode.ShouldBe(0, result.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).Order().ShouldBe(["my-notes.epub", "my-notes.pdf"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("no/such/book")]
    [InlineData("plain/a.md/")]
    [InlineData("/dev/null")]
    [InlineData("plain/sub/keep.txt")]
    public void NoPathRaisesAnInternalError(string book)
    {
        // watch would watch the folder of a file that exists, until stopped.
        var verbs = File.Exists(Path.Combine(_dir.Root, book.Trim())) || book == "/dev/null" ? new[] { "build", "check", "fonts" } : ["build", "check", "watch", "fonts"];
        foreach (var verb in verbs)
        {
            string[] output = verb is "build" or "watch" ? ["-o", Path.Combine(_dir.Root, "never")] : [];
            var result = CliProcess.Run(_dir.Root, [verb, book, .. output]);
            result.ExitCode.ShouldNotBe(3, result.ToString());
            result.Error.ShouldNotContain("internal error");
            result.Error.ShouldNotContain("   at ");
            if (verb != "fonts") result.ExitCode.ShouldBe(1, result.ToString());
        }
        Directory.Exists(Path.Combine(_dir.Root, "never")).ShouldBeFalse();
    }
}
