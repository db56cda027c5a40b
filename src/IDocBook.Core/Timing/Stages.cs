using System.Diagnostics;

namespace IDocBook.Core.Timing;

/// <summary>
/// Wall time and managed allocations of each stage of a build, for <c>build --timings</c> and the
/// benchmark. Stages may nest (the PDF's font subsetting runs inside the PDF); each is recorded
/// on its own. Allocation counts are process-wide, so they include the parallel work of a stage.
/// </summary>
public sealed class Stages
{
    /// <summary>Records nothing: what every stage receives when nobody asked for timings.</summary>
    public static readonly Stages None = new(enabled: false);

    private readonly bool _enabled;
    private readonly List<StageTime> _times = [];

    public Stages() : this(enabled: true) { }

    private Stages(bool enabled) => _enabled = enabled;

    public IReadOnlyList<StageTime> All
    {
        get { lock (_times) return [.. _times]; }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        if (!_enabled) return work();
        var allocated = GC.GetTotalAllocatedBytes();
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            var time = new StageTime(stage, Stopwatch.GetElapsedTime(start), GC.GetTotalAllocatedBytes() - allocated);
            lock (_times) _times.Add(time);
        }
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });
}

/// <summary>One stage's wall time and the bytes the process allocated meanwhile.</summary>
public sealed record StageTime(string Stage, TimeSpan Wall, long AllocatedBytes);
