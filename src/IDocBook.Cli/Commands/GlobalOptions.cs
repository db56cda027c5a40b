using System.CommandLine;
using IDocBook.Cli.Output;

namespace IDocBook.Cli.Commands;

/// <summary>The options every command takes, before or after its name (<c>idocbook -q build</c>, <c>idocbook build -q</c>).</summary>
internal sealed class GlobalOptions
{
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print errors only.", Recursive = true };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Also print each stage as it ends, and the stack trace of an internal error.", Recursive = true };
    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors") { Description = "Exit with 1 when there is any warning.", Recursive = true };
    private readonly Option<string> _color = new("--color") { Description = "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never.", DefaultValueFactory = _ => "auto", Recursive = true };
    private readonly Option<string> _format = new("--diagnostics-format") { Description = "text (default), json (one object per line on stdout) or sarif (SARIF 2.1.0 on stdout).", DefaultValueFactory = _ => "text", Recursive = true };

    public GlobalOptions()
    {
        _color.AcceptOnlyFromAmong("auto", "always", "never");
        _format.AcceptOnlyFromAmong("text", "json", "sarif");
    }

    public void AddTo(RootCommand root)
    {
        foreach (var option in new Option[] { _quiet, _verbose, _warningsAsErrors, _color, _format }) root.Options.Add(option);
    }

    public Reporter Reporter(ParseResult result) => new(new ReportSettings(
        result.GetValue(_quiet),
        result.GetValue(_verbose),
        result.GetValue(_warningsAsErrors),
        // The parser accepts only these words. A switch, not Enum.Parse, whose first call reflects
        // over the enum: ~3 ms (perf) on the one thread start-up runs on.
        result.GetValue(_color) switch { "always" => ColorMode.Always, "never" => ColorMode.Never, _ => ColorMode.Auto },
        result.GetValue(_format) switch { "json" => DiagnosticFormat.Json, "sarif" => DiagnosticFormat.Sarif, _ => DiagnosticFormat.Text }));

    /// <summary>Whether <c>-v</c> was given, for the last-resort handler, which runs when the command could not.</summary>
    public bool Verbose(ParseResult result) => result.GetValue(_verbose);
}
