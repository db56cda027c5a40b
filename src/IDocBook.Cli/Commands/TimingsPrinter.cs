using System.Diagnostics;
using System.Globalization;
using IDocBook.Core.Timing;

namespace IDocBook.Cli.Commands;

/// <summary>
/// Prints <c>--timings</c>: one line per stage, in the order the stages finished, then the peak working
/// set and the garbage collector's work, which is where allocation-heavy stages pay.
/// </summary>
internal static class TimingsPrinter
{
    public static void Print(IReadOnlyList<StageTime> times)
    {
        if (times.Count == 0) return;
        var width = times.Max(t => t.Stage.Length);
        foreach (var t in times)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.Stage.PadRight(width)}  {t.Wall.TotalMilliseconds,9:0.0} ms  {t.AllocatedBytes / 1048576.0,8:0.0} MB allocated"));
        }
        using var self = Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collections {GC.CollectionCount(0)} (gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
    }
}
