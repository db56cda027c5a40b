using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Output;

/// <summary>
/// A diagnostic as people and editors read it: the first line in the MSBuild form editors' problem
/// matchers understand (<c>path(line,col): error IDB0003: Message.</c>), the hint on the next,
/// indented, so it never runs into the message.
/// </summary>
internal static class TextDiagnostics
{
    public static string Format(Diagnostic d, Style style)
    {
        var level = d.Severity switch
        {
            Severity.Error => style.Red("error"),
            Severity.Warning => style.Yellow("warning"),
            _ => style.Cyan("note"),
        };
        var place = d.Place.Length > 0 ? style.Bold(d.Place.TrimEnd(' ', ':')) + ": " : "";
        return $"{place}{level} {style.Bold(d.Code)}: {d.Message}{Environment.NewLine}  {style.Green("hint:")} {d.Hint}";
    }
}
