using System.CommandLine;
using IDocBook.Core;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook build [BOOK] [-o DIR] [--format epub|pdf|all]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var book = CommandLine.BookArgument();
        var output = new Option<string>("--output", "-o") { Description = "Folder for the outputs.", DefaultValueFactory = _ => "output" };
        var format = new Option<string>("--format") { Description = "What to write: epub, pdf or all.", DefaultValueFactory = _ => "epub" };
        format.AcceptOnlyFromAmong("epub", "pdf", "all");
        var command = new Command("build", "Build the book into DIR/<name>.epub.") { book, output, format };
        command.SetAction(r => Run(r.GetValue(book)!, r.GetValue(output)!, r.GetValue(format)!));
        return command;
    }

    private static int Run(string bookPath, string outputDir, string format)
    {
        if (format != "epub")
        {
            Console.Error.WriteLine("error: this version of IDocBook writes EPUB only; the PDF writer is not part of it yet. Use --format epub.");
            return ExitCodes.Usage;
        }
        var sink = new DiagnosticSink();
        var book = BookInput.Read(bookPath, sink);
        if (book is null || !book.Chapters.Any())
        {
            DiagnosticPrinter.Print(sink, bookPath);
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Counts(sink)}.");
            return ExitCodes.BookErrors;
        }
        var path = Path.Combine(outputDir, book.Metadata.Name + ".epub");
        try
        {
            AtomicFile.Write(path, stream => EpubBuild.Write(book, stream, sink));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Report(Codes.OutputFailed, $"cannot write '{path}': {e.Message}", null);
        }
        DiagnosticPrinter.Print(sink, bookPath);
        var written = File.Exists(path) ? $"wrote {path} ({new FileInfo(path).Length / 1024} KB)" : "nothing written";
        Console.WriteLine($"{(sink.HasErrors ? "Build finished with errors" : "Build succeeded")}: {written}; {DiagnosticPrinter.Counts(sink)}.");
        return sink.HasErrors ? ExitCodes.BookErrors : ExitCodes.Success;
    }
}
