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

    /// <summary>
    /// The last commit's time of <paramref name="book"/> (a folder or a single file), asked of git on
    /// another thread from now on when the date will come to it, that is when neither
    /// <c>SOURCE_DATE_EPOCH</c> nor <paramref name="configured"/> is set: git is a process to start,
    /// which the parse then hides.
    /// </summary>
    public static Func<DateTimeOffset?> CommittedLater(DateTimeOffset? configured, string book)
    {
        if (configured is not null || Epoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")) is not null) return () => null;
        var asked = Task.Run(() => GitCommitTime.Of(book));
        return () => asked.GetAwaiter().GetResult();
    }

    /// <param name="committed">From <see cref="CommittedLater"/>.</param>
    public static DateTimeOffset Resolve(DateTimeOffset? configured, Func<DateTimeOffset?> committed, IEnumerable<(string Path, FileStatus Status)> sources, DiagnosticSink sink) =>
        Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), configured, committed, sources, sink);

    /// <param name="epoch">The value of <c>SOURCE_DATE_EPOCH</c>: seconds since 1970, or null.</param>
    /// <param name="committed">The last commit's time, asked only when neither of the above is set.</param>
    /// <param name="sources">Each source file (book-relative) with its status; a time a date cannot hold (past the year 9999) is reported and skipped.</param>
    public static DateTimeOffset Resolve(string? epoch, DateTimeOffset? configured, Func<DateTimeOffset?> committed, IEnumerable<(string Path, FileStatus Status)> sources,
        DiagnosticSink? sink = null)
    {
        if (Epoch(epoch) is { } stamped) return stamped;
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

    private static DateTimeOffset? Epoch(string? epoch) =>
        long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < EndOfTime
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
