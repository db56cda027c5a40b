using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary>Prints diagnostics as <c>path(line,col): error IDB0001: message</c>, paths as the user can open them.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticSink sink, string bookPath)
    {
        var root = File.Exists(bookPath) ? Path.GetDirectoryName(bookPath) ?? "" : bookPath;
        foreach (var d in sink.All)
        {
            var shown = d.Source is { File.Length: > 0 } s ? d with { Source = s with { File = Path.Combine(root, s.File) } } : d;
            Console.Error.WriteLine(shown);
        }
    }

    public static string Counts(DiagnosticSink sink) =>
        $"{sink.ErrorCount} error{(sink.ErrorCount == 1 ? "" : "s")}, {sink.WarningCount} warning{(sink.WarningCount == 1 ? "" : "s")}";
}
