using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Output;

/// <summary>What the shared options ask of the output: <c>-q</c>, <c>-v</c>, <c>--warnings-as-errors</c>, <c>--color</c>, <c>--diagnostics-format</c>.</summary>
internal sealed record ReportSettings(bool Quiet = false, bool Verbose = false, bool WarningsAsErrors = false, ColorMode Color = ColorMode.Auto,
    DiagnosticFormat Format = DiagnosticFormat.Text);

/// <summary>
/// Prints what a command found and did, by the conventions of the tools authors already use.
/// Text diagnostics go to stderr and the closing summary to stdout; with JSON or SARIF the
/// diagnostics are the only thing on stdout (for a pipe or a file) and the summary goes to stderr.
/// <c>-q</c> prints errors only; <c>--warnings-as-errors</c> makes any warning fail the run.
/// </summary>
internal sealed class Reporter(ReportSettings settings)
{
    public ReportSettings Settings => settings;

    private static TextWriter Out => Console.Out;
    private static TextWriter Error => Console.Error;

    /// <summary>Colours for stderr (diagnostics, progress).</summary>
    public Style ErrorStyle => new(Colors.Enabled(settings.Color, Console.IsErrorRedirected));

    private Style OutStyle => new(Colors.Enabled(settings.Color, Console.IsOutputRedirected));

    /// <summary>Prints the diagnostics of one run, files shown under <paramref name="bookPath"/>.</summary>
    public void Diagnostics(DiagnosticSink sink, string bookPath)
    {
        var shown = sink.All
            .Where(d => !settings.Quiet || d.Severity == Severity.Error)
            .Select(d => ShownDiagnostic.For(d, bookPath)).ToList();
        switch (settings.Format)
        {
            case DiagnosticFormat.Json:
                foreach (var d in shown) Out.WriteLine(JsonDiagnostics.Format(d));
                break;
            case DiagnosticFormat.Sarif:
                Out.WriteLine(SarifLog.Format(shown, Commands.CommandLine.VersionNumber));
                break;
            default:
                var style = ErrorStyle;
                foreach (var d in shown) Error.WriteLine(TextDiagnostics.Format(d, style));
                break;
        }
    }

    /// <summary>Whether the run failed: any error, or any warning under <c>--warnings-as-errors</c>.</summary>
    public bool Failed(DiagnosticSink sink) => sink.HasErrors || (settings.WarningsAsErrors && sink.WarningCount > 0);

    public int ExitCode(DiagnosticSink sink) => Failed(sink) ? Commands.ExitCodes.BookErrors : Commands.ExitCodes.Success;

    /// <summary>The closing line (<c>Build succeeded: …</c>), coloured by outcome; none under <c>-q</c>.</summary>
    public void Summary(string line, bool failed)
    {
        if (settings.Quiet) return;
        var toOut = settings.Format == DiagnosticFormat.Text;
        var style = toOut ? OutStyle : ErrorStyle;
        var colon = line.IndexOf(':');
        var head = colon > 0 ? line[..colon] : line;
        var shown = (failed ? style.Red(head) : style.Green(head)) + line[head.Length..];
        (toOut ? Out : Error).WriteLine(shown);
    }

    /// <summary>A line of what the command does (<c>watching book/</c>): on stdout beside text diagnostics, on stderr beside JSON or SARIF; none under <c>-q</c>.</summary>
    public void Info(string line)
    {
        if (!settings.Quiet) (settings.Format == DiagnosticFormat.Text ? Out : Error).WriteLine(line);
    }

    /// <summary>A line for <c>-v</c> only, on stderr.</summary>
    public void Verbose(string line)
    {
        if (settings.Verbose && !settings.Quiet) Error.WriteLine(ErrorStyle.Dim(line));
    }

    /// <summary>"2 errors, 1 warning", and "(warnings are errors)" under <c>--warnings-as-errors</c> when there are some.</summary>
    public string Counts(DiagnosticSink sink) =>
        $"{sink.ErrorCount} error{(sink.ErrorCount == 1 ? "" : "s")}, {sink.WarningCount} warning{(sink.WarningCount == 1 ? "" : "s")}"
        + (settings.WarningsAsErrors && sink.WarningCount > 0 ? " (--warnings-as-errors)" : "");
}
