using IDocBook.Core.Loading;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class SourceDateTests
{
    private static readonly DateTimeOffset Configured = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SourceDateEpochWinsOverTheConfig() =>
        SourceDate.Resolve("1700000000", Configured, []).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1700000000));

    [Fact]
    public void AnInvalidEpochFallsBackToTheConfig() =>
        SourceDate.Resolve("yesterday", Configured, []).ShouldBe(Configured);

    [Fact]
    public void WithoutEitherTheNewestSourceFileDecidesNeverTheClock()
    {
        using var dir = new TempBook().With("a.md", "a").With("b.md", "b");
        File.SetLastWriteTimeUtc(Path.Combine(dir.Root, "a.md"), new DateTime(2020, 1, 2, 3, 4, 5, 600, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(dir.Root, "b.md"), new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        SourceDate.Resolve(null, null, new[] { "a.md", "b.md" }.Select(f => (f, FileStatus.Of(Path.Combine(dir.Root, f)))))
            .ShouldBe(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }
}
