namespace IDocBook.Core.Timing;

/// <summary>
/// How far a build has come, for a progress line: the stages running now, the chapters each has
/// done of its total, and the pages laid out. Stages and workers on any thread update it; a
/// reader polls <see cref="Now"/>, so reporting costs a counter increment and no callback.
/// </summary>
public sealed class BuildProgress
{
    private readonly Lock _lock = new();
    private readonly List<string> _running = [];
    private readonly Dictionary<string, (int Done, int Total)> _chapters = new(StringComparer.Ordinal);
    private int _pages;

    /// <summary>Hears each stage as it ends, with its wall time (for <c>--verbose</c>).</summary>
    public event Action<string, TimeSpan>? StageEnded;

    public void Enter(string stage)
    {
        lock (_lock) _running.Add(stage);
    }

    public void Leave(string stage, TimeSpan wall)
    {
        lock (_lock) _running.Remove(stage);
        StageEnded?.Invoke(stage, wall);
    }

    /// <summary><paramref name="stage"/> has <paramref name="total"/> chapters to go through.</summary>
    public void Chapters(string stage, int total)
    {
        lock (_lock) _chapters[stage] = (0, total);
    }

    public void ChapterDone(string stage)
    {
        lock (_lock)
            if (_chapters.TryGetValue(stage, out var c)) _chapters[stage] = (c.Done + 1, c.Total);
    }

    public void Pages(int pages) => Interlocked.Exchange(ref _pages, pages);

    /// <summary>The stages running now (oldest first), each with its chapters done and total when it counts them, and the pages laid out so far.</summary>
    public (IReadOnlyList<(string Stage, int Done, int Total)> Running, int Pages) Now
    {
        get
        {
            lock (_lock)
                return ([.. _running.Select(s => _chapters.TryGetValue(s, out var c) ? (s, c.Done, c.Total) : (s, 0, 0))], Volatile.Read(ref _pages));
        }
    }
}
