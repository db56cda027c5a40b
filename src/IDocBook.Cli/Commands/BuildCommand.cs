using System.CommandLine;
using IDocBook.Cli.Output;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook build [BOOK] [options]</c>: reads the book, writes its outputs, prints diagnostics, timings and the typesetting report.</summary>
internal static class BuildCommand
{
    public static Command Create(GlobalOptions global)
    {
        var arguments = new BuildArguments();
        var timings = new Option<bool>("--timings") { Description = "Print the wall time and allocations of each stage." };
        var report = new Option<bool>("--typeset-report") { Description = "Print how well the PDF was set: CJK gaps, word spaces, hyphens, overfull lines, cut words, punctuation pairs, empty page area." };
        var command = new Command("build", "Build the book into DIR/<name>.epub and DIR/<name>.pdf.");
        arguments.AddTo(command);
        command.Options.Add(timings);
        command.Options.Add(report);
        command.SetAction(r => Run(arguments.From(r) with { TypesetReport = r.GetValue(report) }, r.GetValue(timings), global.Reporter(r)));
        return command;
    }

    private static int Run(BuildOptions options, bool timings, Reporter reporter)
    {
        using var cleanup = AtomicFile.DeleteOnSignal();
        var sink = new DiagnosticSink();
        var outputs = new OutputCache(forRebuilds: false);
        IReadOnlyList<WrittenFile> written = [];
        var progress = new RunProgress(reporter, timings);
        var read = true;
        var name = "";
        using (progress)
        {
            var book = BookInput.Read(options.Book, sink, progress.Stages, coverTextKnown: Outputs.EarlyStart(options, outputs), options: options.Read, diagrams: options.Diagrams);
            if (book is null || !book.Chapters.Any()) read = false;
            else
            {
                name = book.Metadata.Name;
                written = Outputs.Write(book, options, sink, progress.Stages, outputs);
            }
        }
        reporter.Diagnostics(sink, options.Book);
        if (!read)
        {
            reporter.Summary($"Build failed: nothing written; {reporter.Counts(sink)}.", failed: true);
            return ExitCodes.BookErrors;
        }
        if (timings) TimingsPrinter.Print(progress.Stages.All);
        if (outputs.Report is { } typeset) Console.WriteLine(typeset.Format(name));
        var what = written.Count > 0 ? "wrote " + string.Join(", ", written.Select(w => $"{w.Path} ({w.Bytes / 1024} KB)")) : "nothing written";
        var outcome = sink.HasErrors ? "Build finished with errors" : reporter.Failed(sink) ? "Build failed on warnings" : "Build succeeded";
        reporter.Summary($"{outcome}: {what}; {reporter.Counts(sink)}.", reporter.Failed(sink));
        return reporter.ExitCode(sink);
    }
}
