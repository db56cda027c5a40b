using System.Globalization;

namespace IDocBook.Core.Loading;

/// <summary>
/// The one date written into outputs. Never the clock, so that builds are reproducible:
/// <c>SOURCE_DATE_EPOCH</c> when set (reproducible-builds.org), else the configured date, else the
/// newest modification time of the sources.
/// </summary>
public static class SourceDate
{
    public static DateTimeOffset Resolve(DateTimeOffset? configured, IEnumerable<string> sourceFiles) =>
        Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), configured, sourceFiles);

    /// <param name="epoch">The value of <c>SOURCE_DATE_EPOCH</c>: seconds since 1970, or null.</param>
    public static DateTimeOffset Resolve(string? epoch, DateTimeOffset? configured, IEnumerable<string> sourceFiles)
    {
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 253402300800)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (configured is { } date) return date.ToUniversalTime();
        var newest = sourceFiles.Where(File.Exists).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        return DateTimeOffset.FromUnixTimeSeconds(newest.ToUnixTimeSeconds());
    }
}
