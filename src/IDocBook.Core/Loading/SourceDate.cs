using System.Globalization;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// The one date written into outputs. Never the clock, so that builds are reproducible:
/// <c>SOURCE_DATE_EPOCH</c> when set (reproducible-builds.org), else the configured date, else the
/// time of the last commit that touched the book when it is in a git work tree (so a CI build of a
/// fresh clone needs no setup), else the newest modification time of the sources.
/// </summary>
public static class SourceDate
{
    /// <summary>Seconds of 9999-12-31T23:59:59Z + 1: the first moment a DateTimeOffset cannot hold.</summary>
    private const long EndOfTime = 253402300800;

    /// <param name="book">The book folder or single file, whose last commit dates it.</param>
    public static DateTimeOffset Resolve(DateTimeOffset? configured, string book, IEnumerable<(string Path, FileStatus Status)> sources, DiagnosticSink sink) =>
        Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), configured, () => GitCommitTime.Of(book), sources, sink);

    /// <param name="epoch">The value of <c>SOURCE_DATE_EPOCH</c>: seconds since 1970, or null.</param>
    /// <param name="committed">The last commit's time, asked only when neither of the above is set.</param>
    /// <param name="sources">Each source file (book-relative) with its status; a time a date cannot hold (past the year 9999) is reported and skipped.</param>
    public static DateTimeOffset Resolve(string? epoch, DateTimeOffset? configured, Func<DateTimeOffset?> committed, IEnumerable<(string Path, FileStatus Status)> sources,
        DiagnosticSink? sink = null)
    {
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < EndOfTime)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (configured is { } date) return date.ToUniversalTime();
        if (committed() is { } commit) return commit;
        var newest = 0L;
        foreach (var (path, status) in sources)
        {
            if (status.Kind != FileKind.Regular) continue;
            if (status.ModifiedSeconds is < -62135596800 or >= EndOfTime)
            {
                sink?.Report(Codes.FileTimeInvalid, $"The modification time of '{path}' is outside the years 1 to 9999 and is not used as the book's date.", new SourceSpan(path, 0, 0),
                    "Set the file's time (touch), or give the date in the config or SOURCE_DATE_EPOCH.");
                continue;
            }
            newest = Math.Max(newest, status.ModifiedSeconds);
        }
        return DateTimeOffset.FromUnixTimeSeconds(newest);
    }
}
