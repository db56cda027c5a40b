using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>
/// Issue 15.7: <c>check</c> runs every check <c>build</c> runs, the PDF's fonts and layout included,
/// on a book with a mistake at every stage (config, summary, chapters, links, HTML, images,
/// diagrams, fonts, PDF layout), and writes nothing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckMatchesBuildTests
{
    private static readonly string Mistakes = FixtureBooks.PathOf("mistakes");

    [Fact]
    public void CheckReportsWhatBuildReportsAndWritesNothing()
    {
        var before = Directory.GetFiles(Mistakes, "*", SearchOption.AllDirectories).Order().ToList();
        var check = ConsoleCapture.Run("check", Mistakes, "--diagnostics-format", "json");
        Directory.GetFiles(Mistakes, "*", SearchOption.AllDirectories).Order().ShouldBe(before);

        var output = Path.Combine(Path.GetTempPath(), "idocbook-mistakes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = ConsoleCapture.Run("build", Mistakes, "-o", output, "--diagnostics-format", "json");
            build.ExitCode.ShouldBe(1);
            check.ExitCode.ShouldBe(1);
            Lines(check.Out).ShouldBe(Lines(build.Out));
            Directory.GetFiles(output).Select(Path.GetFileName).Order().ShouldBe(["mistakes.epub", "mistakes.pdf"]);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, true);
        }
        // One mistake of each stage, the PDF's own (IDB0403, IDB0132) among them.
        var codes = Lines(check.Out).Select(l => l[(l.IndexOf("\"code\":\"", StringComparison.Ordinal) + 8)..][..7]).ToHashSet();
        codes.ShouldBe(["IDB0050", "IDB0052", "IDB0054", "IDB0003", "IDB0410", "IDB0403", "IDB0202", "IDB0301", "IDB0101", "IDB0130", "IDB0132"], ignoreOrder: true);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
