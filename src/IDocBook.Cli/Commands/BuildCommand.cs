using System.CommandLine;
using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Pdf;
using IDocBook.Pdf.Pages;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook build [BOOK] [-o DIR] [--format epub|pdf|all] [--paper A4|A5|B5|Letter] [--margins MM] [--timings]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var book = CommandLine.BookArgument();
        var output = new Option<string>("--output", "-o") { Description = "Folder for the outputs.", DefaultValueFactory = _ => "output" };
        var format = new Option<string>("--format") { Description = "What to write: epub, pdf or all.", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("epub", "pdf", "all");
        var paper = new Option<string?>("--paper") { Description = "PDF paper size: A4 (default), A5, B5 or Letter; overrides the config." };
        paper.AcceptOnlyFromAmong([.. Paper.All.Select(p => p.Name)]);
        var margins = new Option<string?>("--margins") { Description = "PDF margins in mm, 1 to 4 values as in CSS (\"25\" or \"25,20\"); overrides the config." };
        margins.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Margins.Parse([value]) is null) r.AddError($"--margins '{value}' must be 1 to 4 numbers of millimetres");
        });
        var timings = new Option<bool>("--timings") { Description = "Print the wall time and allocations of each stage." };
        var command = new Command("build", "Build the book into DIR/<name>.epub and DIR/<name>.pdf.") { book, output, format, paper, margins, timings };
        command.SetAction(r => Run(r.GetValue(book)!, r.GetValue(output)!, r.GetValue(format)!, r.GetValue(paper), r.GetValue(margins), r.GetValue(timings) ? new Stages() : Stages.None));
        return command;
    }

    private static int Run(string bookPath, string outputDir, string format, string? paper, string? margins, Stages stages)
    {
        var sink = new DiagnosticSink();
        var book = BookInput.Read(bookPath, sink, stages);
        if (book is null || !book.Chapters.Any())
        {
            DiagnosticPrinter.Print(sink, bookPath);
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Counts(sink)}.");
            return ExitCodes.BookErrors;
        }
        var writers = new List<(string Extension, Action<Stream, DiagnosticSink> Write)>();
        if (format is "epub" or "all") writers.Add((".epub", (stream, own) => EpubBuild.Write(book, stream, own, stages)));
        if (format is "pdf" or "all") writers.Add((".pdf", (stream, own) => PdfWriter.Write(book, PdfOptionsFor(book, paper, margins, own), stream, own, stages)));
        // The writers share nothing but the finished model, so they run side by side; each reports
        // into its own sink, merged in a fixed order, so messages do not depend on which ends first.
        var results = new (DiagnosticSink Sink, string? Written)[writers.Count];
        Parallel.For(0, writers.Count, i =>
        {
            var own = new DiagnosticSink();
            results[i] = (own, Write(book, outputDir, writers[i].Extension, stream => writers[i].Write(stream, own), own));
        });
        foreach (var (own, _) in results) sink.Merge(own);
        var written = results.Select(r => r.Written).OfType<string>().ToList();
        DiagnosticPrinter.Print(sink, bookPath);
        TimingsPrinter.Print(stages.All);
        var what = written.Count > 0 ? "wrote " + string.Join(", ", written) : "nothing written";
        Console.WriteLine($"{(sink.HasErrors ? "Build finished with errors" : "Build succeeded")}: {what}; {DiagnosticPrinter.Counts(sink)}.");
        return sink.HasErrors ? ExitCodes.BookErrors : ExitCodes.Success;
    }

    /// <returns>What was written, for the summary line; null when the file could not be written.</returns>
    private static string? Write(Book book, string outputDir, string extension, Action<Stream> write, DiagnosticSink sink)
    {
        var path = Path.Combine(outputDir, book.Metadata.Name + extension);
        try
        {
            AtomicFile.Write(path, write);
            return $"{path} ({new FileInfo(path).Length / 1024} KB)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Report(Codes.OutputFailed, $"cannot write '{path}': {e.Message}", null);
            return null;
        }
    }

    private static PdfOptions PdfOptionsFor(Book book, string? paper, string? margins, DiagnosticSink sink)
    {
        var name = paper ?? book.Metadata.Paper ?? "A4";
        var chosen = Paper.Named(name);
        if (chosen is null)
            sink.Report(Codes.ConfigInvalid, $"paper '{name}' is not one of {string.Join(", ", Paper.All.Select(p => p.Name))}; A4 is used", null);
        var fonts = book.Metadata.Fonts;
        return new PdfOptions
        {
            Paper = chosen ?? Paper.A4,
            MarginsMm = (margins is null ? null : Margins.Parse([margins])) ?? book.Metadata.MarginsMm,
            Fonts = new IDocBook.Pdf.Fonts.FontChoice(fonts.GetValueOrDefault("body"), fonts.GetValueOrDefault("bold"), fonts.GetValueOrDefault("heading"), fonts.GetValueOrDefault("mono")),
        };
    }
}
