using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Timing;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>With both formats the EPUB and the PDF are written side by side; one failing does not stop the other.</summary>
public sealed class OutputsTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("SUMMARY.md", "# Summary\n\n* [安装](a.md)\n")
        .With("a.md", "# 安装\n\n先装好 Docker。\n");

    private readonly TempBook _outputs = new();

    [Fact]
    public void BothFilesAreWrittenEpubFirst()
    {
        var sink = new DiagnosticSink();
        var book = Read.CleanBook(_book.Root);

        var written = Outputs.Write(book, new BuildOptions(_book.Root, _outputs.Root), sink, Stages.None);

        written.Select(w => Path.GetExtension(w.Path)).ShouldBe([".epub", ".pdf"]);
        sink.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheEpubIsWrittenWhenThePdfCannotEvenOpenItsFile()
    {
        var sink = new DiagnosticSink();
        var book = Read.CleanBook(_book.Root);
        // A folder where the PDF's temporary file goes: the PDF fails before it lays out a page.
        Directory.CreateDirectory(Path.Combine(_outputs.Root, $".{book.Metadata.Name}.pdf.{Environment.ProcessId}.tmp"));

        var writing = Task.Run(() => Outputs.Write(book, new BuildOptions(_book.Root, _outputs.Root), sink, Stages.None));

        var written = await writing.WaitAsync(TimeSpan.FromMinutes(2));
        written.Select(w => Path.GetExtension(w.Path)).ShouldBe([".epub"]);
        sink.All.ShouldContain(d => d.Code == Codes.OutputFailed.Id && d.Message.Contains(".pdf"));
    }

    public void Dispose()
    {
        _book.Dispose();
        _outputs.Dispose();
    }
}
