using System.CommandLine;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Timing;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook build [BOOK] [-o DIR] [--format epub|pdf|all] [--paper A4|A5|B5|Letter] [--margins MM] [--timings]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var timings = new Option<bool>("--timings") { Description = "Print the wall time and allocations of each stage." };
        var report = new Option<bool>("--typeset-report") { Description = "Print how well the PDF was set: CJK gaps, word spaces, hyphens, overfull lines, cut words, punctuation pairs, empty page area." };
        var command = new Command("build", "Build the book into DIR/<name>.epub and DIR/<name>.pdf.");
        arguments.AddTo(command);
        command.Options.Add(timings);
        command.Options.Add(report);
        command.SetAction(r => Run(arguments.From(r) with { TypesetReport = r.GetValue(report) }, r.GetValue(timings) ? new Stages() : Stages.None));
        return command;
    }

    private static int Run(BuildOptions options, Stages stages)
    {
        using var cleanup = AtomicFile.DeleteOnSignal();
        var sink = new DiagnosticSink();
        var outputs = new OutputCache(forRebuilds: false);
        var book = BookInput.Read(options.Book, sink, stages, coverTextKnown: Outputs.EarlyStart(options, outputs), options: options.Read, diagrams: options.Diagrams);
        if (book is null || !book.Chapters.Any())
        {
            DiagnosticPrinter.Print(sink, options.Book);
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Counts(sink)}.");
            return ExitCodes.BookErrors;
        }
        var written = Outputs.Write(book, options, sink, stages, outputs);
        DiagnosticPrinter.Print(sink, options.Book);
        TimingsPrinter.Print(stages.All);
        if (outputs.Report is { } typeset) Console.WriteLine(typeset.Format(book.Metadata.Name));
        var what = written.Count > 0 ? "wrote " + string.Join(", ", written.Select(w => $"{w.Path} ({w.Bytes / 1024} KB)")) : "nothing written";
        Console.WriteLine($"{(sink.HasErrors ? "Build finished with errors" : "Build succeeded")}: {what}; {DiagnosticPrinter.Counts(sink)}.");
        return sink.HasErrors ? ExitCodes.BookErrors : ExitCodes.Success;
    }
}
