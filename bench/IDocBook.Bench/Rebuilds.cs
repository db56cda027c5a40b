using System.Globalization;
using IDocBook.Cli.Commands;
using IDocBook.Core.Timing;

namespace IDocBook.Bench;

/// <summary>
/// What <c>idocbook watch</c> does after a save: one full build of the 1,000-page book through the
/// rebuild API, then an edit to one chapter (a paragraph appended) and the rebuild of both outputs,
/// timed with its stages, several times over.
/// </summary>
internal static class Rebuilds
{
    public static int Run(string work, int runs)
    {
        var profile = BookProfile.Pages(1000);
        var (book, size) = Bench.Generate(work, profile);
        var output = Path.Combine(work, "out-watch");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var rebuilder = new Rebuilder(new BuildOptions(book, output));
        Console.WriteLine($"\n== watch, {profile.Name}: {size.Chapters} chapters, {size.MarkdownBytes / 1024} KB of Markdown, {size.CodeBlocks} code blocks");
        Console.WriteLine("  " + rebuilder.Rebuild().Line("first build"));

        var edited = Path.Combine(book, "chapters", "0100.md");
        var reports = new List<(RebuildReport Report, IReadOnlyList<StageTime> Stages)>();
        for (var i = 1; i <= runs; i++)
        {
            File.AppendAllText(edited, string.Create(CultureInfo.InvariantCulture, $"\n　　第 {i} 次修改：容器把应用和它依赖的运行环境一起打包。\n"));
            var stages = new Stages();
            var report = rebuilder.Rebuild(stages);
            Console.WriteLine("  " + report.Line($"edit {i}: rebuilt"));
            reports.Add((report, stages.All));
        }

        Console.WriteLine($"rebuild after an edit to one chapter (EPUB + PDF): median {Median.Of(reports.Select(r => r.Report.Elapsed.TotalMilliseconds)):0} ms of {runs} (target under 1,000 ms)");
        Console.WriteLine("  stage medians (the EPUB and the PDF are written side by side, so their stages overlap):");
        foreach (var stage in Bench.StageOrder)
            Console.WriteLine($"  {stage,-16} {Median.Of(reports.Select(r => r.Stages.Where(s => s.Stage == stage).Sum(s => s.Wall.TotalMilliseconds))),9:0.0} ms");

        var fresh = Path.Combine(work, "out-watch-fresh");
        if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        WholeProcess.IDocBook(book, fresh, "all");
        Console.WriteLine($"last rebuild against a fresh idocbook build: {(Bench.Hashes(output).SequenceEqual(Bench.Hashes(fresh)) ? "byte-identical" : "DIFFERENT")}");
        return 0;
    }
}
