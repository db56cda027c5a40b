using IDocBook.Cli.Commands;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>Which changes set off a rebuild, and <c>watch</c> itself rebuilding on an edit and stopping on request.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BookWatcherTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "book");
    private static readonly string Inside = Path.Combine(Root, "output");

    [Theory]
    [InlineData("chapters/01.md")]
    [InlineData("SUMMARY.md")]
    [InlineData("book.toml")]
    [InlineData("images/layers.png")]
    [InlineData("src/listing.rs")]
    public void AChangeToAFileTheBookMayReadCounts(string file) =>
        BookWatcher.Matters(Path.Combine(Root, file), Root, Inside).ShouldBeTrue();

    [Theory]
    [InlineData("output/book.epub")]
    [InlineData("output/.book.pdf.123.tmp")]
    [InlineData("output/notes.md")]
    [InlineData("output")]
    [InlineData("book.pdf")]
    [InlineData(".git/index")]
    [InlineData("chapters/.01.md.swp")]
    [InlineData("chapters/01.md~")]
    public void OutputsHiddenFilesAndEditorTemporariesDoNot(string file) =>
        BookWatcher.Matters(Path.Combine(Root, file), Root, Inside).ShouldBeFalse();

    [Fact]
    public void AnOutputFolderThatIsTheBookFolderStillLetsChaptersCount()
    {
        BookWatcher.Matters(Path.Combine(Root, "a.md"), Root, Root).ShouldBeTrue();
        BookWatcher.Matters(Path.Combine(Root, "book.epub"), Root, Root).ShouldBeFalse();
    }

    [Fact]
    public async Task WatchRebuildsOnAnEditIgnoresItsOwnOutputsAndStopsWithExitZero()
    {
        using var book = new TempBook()
            .With("SUMMARY.md", "# Summary\n\n* [一](a.md)\n* [二](b.md)\n")
            .With("a.md", "# 一\n\n第一章。\n")
            .With("b.md", "# 二\n\n```bash\ndocker ps\n```\n");
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        Console.SetOut(output);
        Console.SetError(TextWriter.Null);
        using var stop = new CancellationTokenSource();
        try
        {
            // The output folder is inside the book: writing it must not set off another rebuild.
            var watching = Task.Run(() => WatchCommand.Watch(new BuildOptions(book.Root, Path.Combine(book.Root, "output"), "epub"), stop.Token));
            string Printed() { lock (Console.Out) return output.ToString(); }
            await WaitFor(() => Printed().Contains("watching ", StringComparison.Ordinal));
            Printed().ShouldStartWith("built in ");
            Printed().ShouldContain("2 chapters parsed, 0 reused; 1 code block highlighted, 0 reused");

            File.AppendAllText(Path.Combine(book.Root, "a.md"), "\n又一段。\n");
            await WaitFor(() => Printed().Contains("rebuilt in ", StringComparison.Ordinal));
            await Task.Delay(3 * BookWatcher.Quiet);
            var rebuilt = Printed().Split('\n').Where(l => l.StartsWith("rebuilt in ", StringComparison.Ordinal)).ToList();
            rebuilt.ShouldHaveSingleItem().ShouldContain("1 chapter parsed, 1 reused; 0 code blocks highlighted, 1 reused");

            stop.Cancel();
            (await watching.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(0);
        }
        finally
        {
            stop.Cancel();
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("watch did not print what was expected within 60 s");
            await Task.Delay(50);
        }
    }
}
