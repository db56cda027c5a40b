using System.CommandLine;
using IDocBook.Cli.Output;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary>
/// <c>idocbook check [BOOK]</c>: every diagnostic a build with the same options would give, without
/// writing anything. The book is read as <c>build</c> reads it and both writers run, into nothing,
/// so the fonts, the layout and the PDF's own checks report here too.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(GlobalOptions global)
    {
        var arguments = new BuildArguments(writes: false);
        var command = new Command("check", "Check the book as build would (config, summary, links, images, fonts, layout) without writing anything.");
        arguments.AddTo(command);
        command.SetAction(r => Run(arguments.From(r), global.Reporter(r)));
        return command;
    }

    private static int Run(BuildOptions options, Reporter reporter)
    {
        var sink = new DiagnosticSink();
        var chapters = 0;
        using (var progress = new RunProgress(reporter))
        {
            var book = BookInput.Read(options.Book, sink, progress.Stages, options: options.Read, diagrams: options.Diagrams);
            chapters = book?.Chapters.Count() ?? 0;
            if (book is not null && chapters > 0) Outputs.Check(book, options, sink, progress.Stages);
        }
        reporter.Diagnostics(sink, options.Book);
        reporter.Summary($"Checked {chapters} chapter{(chapters == 1 ? "" : "s")}: {reporter.Counts(sink)}.", reporter.Failed(sink));
        return reporter.ExitCode(sink);
    }
}
