using System.Diagnostics;

namespace IDocBook.Core.Timing;

/// <summary>
/// Wall time and managed allocations of each stage of a build, for <c>build --timings</c> and the
/// benchmark. Stages may nest (the PDF's font subsetting runs inside the PDF); each is recorded
/// on its own. Allocation counts are process-wide, so they include the parallel work of a stage.
/// </summary>
public sealed class Stages
{
    /// <summary>Records nothing: what every stage receives when nobody asked for timings or progress.</summary>
    public static readonly Stages None = new(enabled: false);

    private readonly bool _enabled;
    private readonly List<StageTime> _times = [];

    public Stages() : this(enabled: true) { }

    /// <param name="enabled">Whether to record times and allocations (<c>--timings</c>).</param>
    /// <param name="progress">Told when each stage starts and ends, and what it has done (see <see cref="BuildProgress"/>).</param>
    public Stages(bool enabled, BuildProgress? progress = null)
    {
        _enabled = enabled;
        Progress = progress;
    }

    /// <summary>Where stages report how far they are; null when nobody watches.</summary>
    public BuildProgress? Progress { get; }

    public IReadOnlyList<StageTime> All
    {
        get { lock (_times) return [.. _times]; }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        if (!_enabled && Progress is null) return work();
        var allocated = _enabled ? GC.GetTotalAllocatedBytes() : 0;
        var start = Stopwatch.GetTimestamp();
        Progress?.Enter(stage);
        try
        {
            return work();
        }
        finally
        {
            var wall = Stopwatch.GetElapsedTime(start);
            if (_enabled)
            {
                var time = new StageTime(stage, wall, GC.GetTotalAllocatedBytes() - allocated);
                lock (_times) _times.Add(time);
            }
            Progress?.Leave(stage, wall);
        }
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });
}

/// <summary>One stage's wall time and the bytes the process allocated meanwhile.</summary>
public sealed record StageTime(string Stage, TimeSpan Wall, long AllocatedBytes);
