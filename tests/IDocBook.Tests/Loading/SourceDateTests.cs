using IDocBook.Core.Loading;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class SourceDateTests
{
    private static readonly DateTimeOffset Configured = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Committed = new(2023, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static DateTimeOffset? Never() => null;

    [Fact]
    public void SourceDateEpochWinsOverTheConfig() =>
        SourceDate.Resolve("1700000000", Configured, Never, []).ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1700000000));

    [Fact]
    public void AnInvalidEpochFallsBackToTheConfig() =>
        SourceDate.Resolve("yesterday", Configured, Never, []).ShouldBe(Configured);

    [Fact]
    public void WithoutEitherTheNewestSourceFileDecidesNeverTheClock()
    {
        using var dir = new TempBook().With("a.md", "a").With("b.md", "b");
        File.SetLastWriteTimeUtc(Path.Combine(dir.Root, "a.md"), new DateTime(2020, 1, 2, 3, 4, 5, 600, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(dir.Root, "b.md"), new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        SourceDate.Resolve(null, null, Never, new[] { "a.md", "b.md" }.Select(f => (f, FileStatus.Of(Path.Combine(dir.Root, f)))))
            .ShouldBe(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    [Fact]
    public void TheConfigWinsOverTheLastCommit() =>
        SourceDate.Resolve(null, Configured, () => Committed, []).ShouldBe(Configured);

    [Fact]
    public void TheLastCommitWinsOverFileTimes()
    {
        using var dir = new TempBook().With("a.md", "a");
        SourceDate.Resolve(null, null, () => Committed, [("a.md", FileStatus.Of(Path.Combine(dir.Root, "a.md")))]).ShouldBe(Committed);
    }

    [SkippableFact]
    public void ABookInAGitWorkTreeIsDatedByTheLastCommitThatTouchedIt()
    {
        using var dir = new TempBook().With("book/a.md", "a").With("other.txt", "x");
        Skip.If(!Git(dir.Root, "init", "-q"), "git is not installed");
        Git(dir.Root, "add", "book/a.md").ShouldBeTrue();
        Git(dir.Root, "commit", "-q", "-m", "book").ShouldBeTrue();
        Git(dir.Root, "add", "other.txt").ShouldBeTrue();
        Git(dir.Root, "commit", "-q", "-m", "later, outside the book", "--date=2025-01-01T00:00:00Z").ShouldBeTrue();

        var book = Path.Combine(dir.Root, "book");
        SourceDate.Resolve(null, null, () => GitCommitTime.Of(book), [("a.md", FileStatus.Of(Path.Combine(book, "a.md")))]).ShouldBe(Committed);
    }

    [Fact]
    public void AFolderOutsideAnyRepositoryHasNoCommitTime()
    {
        using var dir = new TempBook().With("a.md", "a");
        GitCommitTime.Of(dir.Root).ShouldBeNull();
    }

    // Commits carry the fixed test time unless a --date says otherwise; identity comes from the environment.
    private static bool Git(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var date = Committed.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        start.Environment["GIT_COMMITTER_DATE"] = args.FirstOrDefault(a => a.StartsWith("--date=", StringComparison.Ordinal))?[7..] ?? date;
        start.Environment["GIT_AUTHOR_DATE"] = date;
        try
        {
            using var git = System.Diagnostics.Process.Start(start)!;
            git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
