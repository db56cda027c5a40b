using System.Runtime.InteropServices;
using System.CommandLine;
using IDocBook.Cli.Output;

namespace IDocBook.Cli.Commands;

/// <summary>
/// <c>idocbook watch [BOOK] [-o DIR] [--format epub|pdf|all] [--paper …] [--margins …]</c>: builds the
/// book, then builds it again each time its files change, reusing the chapters and code that did
/// not, until Ctrl+C. A book with errors is reported and watched on, so the next save can fix it.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(GlobalOptions global)
    {
        var arguments = new BuildArguments();
        var command = new Command("watch", "Build the book, then rebuild it whenever its files change, reusing the chapters and code that did not.");
        arguments.AddTo(command);
        command.SetAction(r => Run(arguments.From(r), global.Reporter(r)));
        return command;
    }

    private static int Run(BuildOptions options, Reporter reporter)
    {
        if (reporter.Settings.Format == DiagnosticFormat.Sarif)
        {
            Console.Error.WriteLine("error: watch prints a build's diagnostics after each rebuild, and a SARIF log is one document per run. Use --diagnostics-format json with watch.");
            return ExitCodes.Usage;
        }
        using var stop = new CancellationTokenSource();
        // Ctrl+C, and a service manager's or `kill`'s SIGTERM, are how watching ends, not failures:
        // the build in hand finishes (no half-written output) and the exit code is 0.
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return Watch(options, stop.Token, reporter);
    }

    /// <summary>Builds, then rebuilds on every burst of changes until <paramref name="token"/> is cancelled.</summary>
    /// <returns>0 when stopped; 1 when there is no book folder to watch.</returns>
    internal static int Watch(BuildOptions options, CancellationToken token, Reporter? reporter = null)
    {
        reporter ??= new Reporter(new ReportSettings());
        var folder = BookFolder(options.Book);
        var rebuilder = new Rebuilder(options);
        if (folder is null)
        {
            var report = rebuilder.Rebuild();
            reporter.Diagnostics(report.Diagnostics, options.Book);
            reporter.Summary($"Watch failed: {reporter.Counts(report.Diagnostics)}.", failed: true);
            return ExitCodes.BookErrors;
        }
        // Watching starts before the first build, so an edit made while it runs is not missed.
        using var watcher = new BookWatcher(folder, options.Output);
        Build(rebuilder, "built", options, reporter);
        reporter.Info($"watching {folder} (Ctrl+C stops)");
        try
        {
            while (true)
            {
                watcher.Next(token);
                Build(rebuilder, "rebuilt", options, reporter);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }

    // The folder to watch: the book's, or a single file's; null when there is none.
    private static string? BookFolder(string book)
    {
        try
        {
            var full = Path.GetFullPath(book);
            var folder = File.Exists(full) ? Path.GetDirectoryName(full) : full;
            return folder is not null && Directory.Exists(folder) ? folder : null;
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static void Build(Rebuilder rebuilder, string verb, BuildOptions options, Reporter reporter)
    {
        RebuildReport report;
        using (var progress = new RunProgress(reporter)) report = rebuilder.Rebuild(progress.Stages);
        reporter.Diagnostics(report.Diagnostics, options.Book);
        reporter.Summary(report.Line(verb, reporter.Counts(report.Diagnostics)), reporter.Failed(report.Diagnostics));
    }
}
