using System.Globalization;

namespace IDocBook.Core.Loading;

/// <summary>
/// The one date written into outputs. Never the clock, so that builds are reproducible:
/// <c>SOURCE_DATE_EPOCH</c> when set (reproducible-builds.org), else the configured date, else the
/// time of the last commit that touched the book when it is in a git work tree (so a CI build of a
/// fresh clone needs no setup), else the newest modification time of the sources.
/// </summary>
public static class SourceDate
{
    /// <param name="book">The book folder or single file, whose last commit dates it.</param>
    public static DateTimeOffset Resolve(DateTimeOffset? configured, string book, IEnumerable<string> sourceFiles) =>
        Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), configured, () => GitCommitTime.Of(book), sourceFiles);

    /// <param name="epoch">The value of <c>SOURCE_DATE_EPOCH</c>: seconds since 1970, or null.</param>
    /// <param name="committed">The last commit's time, asked only when neither of the above is set.</param>
    public static DateTimeOffset Resolve(string? epoch, DateTimeOffset? configured, Func<DateTimeOffset?> committed, IEnumerable<string> sourceFiles)
    {
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 253402300800)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (configured is { } date) return date.ToUniversalTime();
        if (committed() is { } commit) return commit;
        var newest = sourceFiles.Where(File.Exists).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        return DateTimeOffset.FromUnixTimeSeconds(newest.ToUnixTimeSeconds());
    }
}
