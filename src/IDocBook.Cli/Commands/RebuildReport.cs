using System.Globalization;
using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary>What one build of <see cref="Rebuilder"/> did: how long it took, what it made afresh or reused, what it wrote and what it found.</summary>
internal sealed record RebuildReport(TimeSpan Elapsed, CacheCounts Counts, IReadOnlyList<WrittenFile> Written, DiagnosticSink Diagnostics)
{
    /// <summary>Chapters the PDF laid out and chapters whose layout it reused; null when no PDF was made.</summary>
    public (int LaidOut, int Reused)? Layouts { get; init; }

    /// <summary>
    /// The line <c>watch</c> prints, such as <c>rebuilt in 640 ms: 1 chapter parsed, 199 reused; 12 code
    /// blocks highlighted, 1,610 reused; 1 chapter laid out, 199 reused; wrote output/x.epub,
    /// output/x.pdf; 0 errors, 0 warnings</c>.
    /// </summary>
    /// <param name="counts">The errors and warnings as the reporter counts them; by default "1 error, 2 warnings".</param>
    public string Line(string verb, string? counts = null)
    {
        var c = Counts;
        var wrote = Written.Count > 0 ? "wrote " + string.Join(", ", Written.Select(w => w.Path)) : "nothing written";
        var laidOut = Layouts is var (fresh, reused) ? $"{Number(fresh)} {Plural(fresh, "chapter")} laid out, {Number(reused)} reused; " : "";
        return $"{verb} in {Number((long)Elapsed.TotalMilliseconds)} ms: " +
            $"{Number(c.ChaptersParsed)} {Plural(c.ChaptersParsed, "chapter")} parsed, {Number(c.ChaptersReused)} reused; " +
            $"{Number(c.CodeHighlighted)} {Plural(c.CodeHighlighted, "code block")} highlighted, {Number(c.CodeReused)} reused; " +
            $"{laidOut}{wrote}; {counts ?? new Output.Reporter(new Output.ReportSettings()).Counts(Diagnostics)}";
    }

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";
}
