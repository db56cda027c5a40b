using System.Runtime.InteropServices;
using System.CommandLine;

namespace IDocBook.Cli.Commands;

/// <summary>
/// <c>idocbook watch [BOOK] [-o DIR] [--format epub|pdf|all] [--paper …] [--margins …]</c>: builds the
/// book, then builds it again each time its files change, reusing the chapters and code that did
/// not, until Ctrl+C. A book with errors is reported and watched on, so the next save can fix it.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var arguments = new BuildArguments();
        var command = new Command("watch", "Build the book, then rebuild it whenever its files change, reusing the chapters and code that did not.");
        arguments.AddTo(command);
        command.SetAction(r => Run(arguments.From(r)));
        return command;
    }

    private static int Run(BuildOptions options)
    {
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
        return Watch(options, stop.Token);
    }

    /// <summary>Builds, then rebuilds on every burst of changes until <paramref name="token"/> is cancelled.</summary>
    /// <returns>0 when stopped; 1 when there is no book folder to watch.</returns>
    internal static int Watch(BuildOptions options, CancellationToken token)
    {
        var folder = File.Exists(options.Book) ? Path.GetDirectoryName(Path.GetFullPath(options.Book))! : options.Book;
        var rebuilder = new Rebuilder(options);
        if (!Directory.Exists(folder))
        {
            var report = rebuilder.Rebuild();
            DiagnosticPrinter.Print(report.Diagnostics, options.Book);
            Console.Error.WriteLine($"Watch failed: {DiagnosticPrinter.Counts(report.Diagnostics)}.");
            return ExitCodes.BookErrors;
        }
        // Watching starts before the first build, so an edit made while it runs is not missed.
        using var watcher = new BookWatcher(folder, options.Output);
        Print(rebuilder.Rebuild(), "built", options);
        Console.WriteLine($"watching {folder} (Ctrl+C stops)");
        try
        {
            while (true)
            {
                watcher.Next(token);
                Print(rebuilder.Rebuild(), "rebuilt", options);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
    }

    private static void Print(RebuildReport report, string verb, BuildOptions options)
    {
        DiagnosticPrinter.Print(report.Diagnostics, options.Book);
        Console.WriteLine(report.Line(verb));
    }
}
