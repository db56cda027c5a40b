using System.Diagnostics;
using IDocBook.Core.Transforms.Highlighting;

namespace IDocBook.Bench;

/// <summary>
/// Highlighting speed per language on the realistic book's distinct code: every block of a language
/// coloured on one thread, after one warm-up pass (grammars loaded, rules compiled, JIT done), as
/// lines per second and allocated bytes per line. No cache of equal blocks is involved; each pass
/// has a new highlighter, so lines repeated across blocks are reused within a pass only, as in a build.
/// </summary>
internal static class HighlightRates
{
    public static int Run(string work, int runs)
    {
        var book = Path.Combine(work, "book-highlight");
        if (Directory.Exists(book)) Directory.Delete(book, recursive: true);
        RealisticBook.Write(book, BookProfile.RealShaped.Chapters, BookProfile.RealShaped.ChapterBytes);
        var blocks = Directory.GetFiles(Path.Combine(book, "chapters"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => BookStats.Fence().Matches(File.ReadAllText(f))).Select(m => (Language: m.Groups[1].Value, Code: m.Groups[2].Value.TrimEnd('\n'))).ToList();
        Console.WriteLine($"\n== highlighting the realistic book's {blocks.Count} distinct code blocks, one thread, median of {runs} after a warm-up");
        Console.WriteLine($"  {"language",-11} {"blocks",7} {"lines",7} {"first ms",9} {"ms",8} {"lines/s",9} {"KB/line",8}");
        long allLines = 0;
        double allMs = 0, allFirst = 0;
        foreach (var group in blocks.GroupBy(b => b.Language).OrderByDescending(g => g.Count()))
        {
            var code = group.Select(b => b.Code).ToList();
            var lines = code.Sum(c => c.Count(ch => ch == '\n') + 1);
            // The first pass loads the grammar and compiles the rules it meets, as a build does.
            var first = Stopwatch.GetTimestamp();
            var warm = new CodeHighlighter();
            foreach (var c in code) warm.Highlight(group.Key, c);
            var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;
            allFirst += firstMs;
            var times = new List<double>();
            long allocated = 0;
            for (var r = 0; r < runs; r++)
            {
                var highlighter = new CodeHighlighter();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                foreach (var c in code)
                    if (highlighter.Highlight(group.Key, c) is null) throw new InvalidOperationException($"{group.Key} block was not highlighted:\n{c}");
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            var ms = Median.Of(times);
            allLines += lines;
            allMs += ms;
            Console.WriteLine($"  {group.Key,-11} {code.Count,7} {lines,7} {firstMs,9:0.0} {ms,8:0.0} {lines / (ms / 1000),9:0} {allocated / 1024.0 / lines,8:0.0}");
        }
        Console.WriteLine($"  {"all",-11} {blocks.Count,7} {allLines,7} {allFirst,9:0.0} {allMs,8:0.0} {allLines / (allMs / 1000),9:0}");
        return 0;
    }
}
