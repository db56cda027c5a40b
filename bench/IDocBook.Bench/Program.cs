using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using IDocBook.Bench;

// dotnet run -c Release --project bench/IDocBook.Bench -- [--pages 100,1000,3000] [--runs 5] [--realistic | --pandoc | --watch | --diagrams | --micro | --typeset-report]
var pagesOption = new Option<string>("--pages") { Description = "Sizes of generated books, in A4 pages.", DefaultValueFactory = _ => "100,1000,3000" };
var runsOption = new Option<int>("--runs") { Description = "Measured runs per figure (the median is printed).", DefaultValueFactory = _ => 5 };
var pandocOption = new Option<bool>("--pandoc") { Description = "Only compare with Pandoc, side by side, on the two 200-chapter books: the synthetic one (repeating code) and the realistic one (distinct code, screenshots)." };
var writeOption = new Option<string?>("--write-realistic") { Description = "Only write the realistic book into this folder and print what it holds (to build or profile it by hand)." };
var highlightOption = new Option<bool>("--highlight") { Description = "Only time highlighting per language (lines per second) on the realistic book's distinct code, on one thread." };
var realisticOption = new Option<bool>("--realistic") { Description = "Only time the realistic book (200 chapters, ~850 KB, every code block distinct, 36 screenshots) stage by stage and as a whole process." };
var watchOption = new Option<bool>("--watch") { Description = "Only time what watch does after an edit to one chapter of the 1,000-page book." };
var diagramsOption = new Option<bool>("--diagrams") { Description = "Only time what 50 mermaid diagrams add to a build of the 100-page book (with and without --no-diagrams)." };
var microOption = new Option<bool>("--micro") { Description = "Only run BenchmarkDotNet on the hot paths (parse, highlight, EPUB, PDF) of one generated chapter." };
var workOption = new Option<string>("--work") { Description = "Folder for generated books and outputs.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "idocbook-bench") };
var reportOption = new Option<bool>("--typeset-report") { Description = "Only print the typesetting report of the seed book, the fixtures and a generated Chinese and English book of ~650 A4 pages." };
var cliOption = new Option<string?>("--cli") { Description = "The idocbook executable to time as a whole process (e.g. the release publish); default: the build next to this program." };
var root = new RootCommand("Generates books and times IDocBook on them, stage by stage and as a whole process.") { pagesOption, runsOption, highlightOption, writeOption, realisticOption, pandocOption, watchOption, diagramsOption, microOption, reportOption, workOption, cliOption };
root.SetAction(r =>
{
    if (r.GetValue(microOption)) return HotPaths.Run(r.GetValue(workOption)!);
    if (r.GetValue(highlightOption)) return HighlightRates.Run(r.GetValue(workOption)!, Math.Max(1, r.GetValue(runsOption)));
    if (r.GetValue(writeOption) is { } folder)
    {
        var written = RealisticBook.Write(Path.GetFullPath(folder), BookProfile.RealShaped.Chapters, BookProfile.RealShaped.ChapterBytes);
        Console.WriteLine($"{BookProfile.RealShaped.Name}: {written.Chapters} chapters in {folder}");
        Console.WriteLine(BookStats.Describe(folder));
        return 0;
    }
    if (r.GetValue(reportOption)) return TypesetReports.Run(r.GetValue(workOption)!, Directory.GetCurrentDirectory());
    WholeProcess.Cli = r.GetValue(cliOption) is { } cli ? Path.GetFullPath(cli) : null;
    var runs = Math.Max(1, r.GetValue(runsOption));
    var work = r.GetValue(workOption)!;
    Console.WriteLine($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; median of {runs} runs after one warm-up; whole process: {WholeProcess.Cli ?? "dotnet idocbook.dll"}");
    if (r.GetValue(pandocOption)) return Bench.Pandoc(work, runs);
    if (r.GetValue(realisticOption))
    {
        Bench.Size(work, BookProfile.RealShaped, runs);
        return Bench.OutputsDiffered ? 1 : 0;
    }
    if (r.GetValue(watchOption)) return Rebuilds.Run(work, runs);
    if (r.GetValue(diagramsOption)) return Bench.Diagrams(work, runs);
    var sizes = r.GetValue(pagesOption)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    var wholeTimes = sizes.ToDictionary(s => s, s => Bench.Size(work, BookProfile.Pages(s), runs));
    if (wholeTimes.TryGetValue(1000, out var thousand) && wholeTimes.TryGetValue(3000, out var threeThousand))
        Console.WriteLine($"\nscaling: 3000 pages take {threeThousand / thousand:0.00} x the time of 1000 pages (target at most 3.2)");
    return Bench.OutputsDiffered ? 1 : 0;
});
return root.Parse(args).Invoke();

namespace IDocBook.Bench
{
    internal static class Bench
    {
        /// <summary>Set when a build on one core gave other bytes than one on every core: the run then fails.</summary>
        public static bool OutputsDiffered { get; private set; }

        public static readonly string[] StageOrder = ["load", "parse", "transforms", "diagrams", "highlighting", "images", "epub", "font subsetting", "pdf layout", "pdf write"];

        /// <summary>Generates one size, prints its stage table and whole-process figures; returns the whole-process median in seconds.</summary>
        public static double Size(string work, BookProfile profile, int runs)
        {
            var (book, size) = Generate(work, profile);
            var warm = InProcess.Build(book);
            var measured = Enumerable.Range(0, runs).Select(_ => InProcess.Build(book)).ToList();
            Console.WriteLine($"\n== {profile.Name}: {size.Chapters} chapters, {size.MarkdownBytes / 1024} KB of Markdown, {size.CodeBlocks} code blocks -> {warm.Pages} PDF pages, EPUB {warm.EpubBytes / 1024} KB, PDF {warm.PdfBytes / 1024} KB, {warm.Diagnostics} diagnostics");
            Console.WriteLine(BookStats.Describe(book));
            Console.WriteLine("in process (stages run in this order; font subsetting is part of the PDF):");
            Console.WriteLine($"  {"stage",-16} {"wall ms",9} {"pages/s",9} {"alloc MB",9}");
            foreach (var stage in StageOrder)
            {
                var wall = Median.Of(measured.Select(m => m.Stages.Where(s => s.Stage == stage).Sum(s => s.Wall.TotalMilliseconds)));
                var alloc = Median.Of(measured.Select(m => (double)m.Stages.Where(s => s.Stage == stage).Sum(s => s.AllocatedBytes)));
                Console.WriteLine($"  {stage,-16} {wall,9:0.0} {warm.Pages / (wall / 1000),9:0} {alloc / 1048576,9:0.0}");
            }
            var total = Median.Of(measured.Select(m => m.Total.TotalMilliseconds));
            Console.WriteLine($"  {"total",-16} {total,9:0.0} {warm.Pages / (total / 1000),9:0}");
            using (var self = System.Diagnostics.Process.GetCurrentProcess())
                Console.WriteLine($"  peak working set of this process so far: {self.PeakWorkingSet64 / 1048576} MB");

            var output = Path.Combine(work, "out-" + Folder(profile));
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            WholeProcess.IDocBook(book, output, "all");
            var whole = Enumerable.Range(0, runs).Select(_ => WholeProcess.IDocBook(book, output, "all")).ToList();
            var seconds = Median.Of(whole.Select(w => w.Wall.TotalSeconds));
            Console.WriteLine($"whole process (idocbook build, EPUB + PDF): {seconds:0.00} s, {warm.Pages / seconds:0} pages/s, peak working set {Median.Of(whole.Select(w => w.PeakMegabytes)):0} MB");

            CompareOneCore(book, output);
            return seconds;
        }

        public static int Pandoc(string work, int runs)
        {
            if (!WholeProcess.PandocAvailable())
            {
                Console.Error.WriteLine("pandoc is not installed (apt-get install -y pandoc); nothing to compare with.");
                return 1;
            }
            foreach (var profile in new[] { BookProfile.PandocSized, BookProfile.RealShaped })
                PandocSideBySide(work, profile, runs);
            return OutputsDiffered ? 1 : 0;
        }

        /// <summary>
        /// Pandoc's EPUB, IDocBook's EPUB and IDocBook's EPUB + PDF of one book, alternating so any
        /// drift of the machine falls on all three alike; medians, the issue's targets, and whether
        /// one core and every core give the same bytes.
        /// </summary>
        private static void PandocSideBySide(string work, BookProfile profile, int runs)
        {
            var (book, size) = Generate(work, profile);
            Console.WriteLine($"\n== {profile.Name}: {size.Chapters} chapters, {size.MarkdownBytes / 1024} KB of Markdown, {size.CodeBlocks} code blocks");
            Console.WriteLine(BookStats.Describe(book));
            var files = SyntheticBook.ChapterFiles(book).ToList();
            var output = Path.Combine(work, "out-pandoc-" + Folder(profile));
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            Directory.CreateDirectory(output);
            var pandocEpub = Path.Combine(work, "pandoc-" + Folder(profile) + ".epub");
            WholeProcess.Pandoc(book, files, pandocEpub);
            WholeProcess.IDocBook(book, output, "epub");
            WholeProcess.IDocBook(book, output, "all");
            List<double> pandoc = [], epub = [], all = [], peak = [];
            for (var i = 0; i < runs; i++)
            {
                pandoc.Add(WholeProcess.Pandoc(book, files, pandocEpub).Wall.TotalSeconds);
                epub.Add(WholeProcess.IDocBook(book, output, "epub").Wall.TotalSeconds);
                var run = WholeProcess.IDocBook(book, output, "all");
                all.Add(run.Wall.TotalSeconds);
                peak.Add(run.PeakMegabytes);
            }
            double p = Median.Of(pandoc), e = Median.Of(epub), a = Median.Of(all), m = Median.Of(peak);
            Console.WriteLine($"pandoc -o book.epub:            {p:0.000} s");
            Console.WriteLine($"idocbook build --format epub:   {e:0.000} s   ({e / p:0.000} x Pandoc; target at most 0.15: {Met(e / p <= 0.15)})");
            Console.WriteLine($"idocbook build (EPUB + PDF):    {a:0.000} s   (target under 3 s: {Met(a < 3)}); peak working set {m:0} MB (target under 400 MB: {Met(m < 400)})");
            CompareOneCore(book, output);
        }

        private static string Met(bool met) => met ? "met" : "NOT met";

        private static string Folder(BookProfile profile) => $"{profile.Chapters}x{profile.ChapterBytes}{(profile.Realistic ? "-real" : "")}";

        /// <summary>
        /// What 50 diagrams cost: the 100-page book with 50 mermaid blocks built as a whole process with
        /// and without --no-diagrams, alternating, and the diagram stage on its own in this process.
        /// </summary>
        public static int Diagrams(string work, int runs)
        {
            const int count = 50;
            var (book, size) = Generate(work, BookProfile.Pages(100));
            SyntheticDiagrams.AppendTo(book, count);
            var warm = InProcess.Build(book);
            var stage = Median.Of(Enumerable.Range(0, runs).Select(_ => InProcess.Build(book).Stages.Where(s => s.Stage == "diagrams").Sum(s => s.Wall.TotalMilliseconds)));
            Console.WriteLine($"\n== {size.Chapters} chapters with {count} mermaid diagrams -> {warm.Pages} PDF pages, {warm.Diagnostics} diagnostics");
            Console.WriteLine($"diagram stage in a warm process: {stage:0.0} ms");
            var output = Path.Combine(work, "out-diagrams");
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            WholeProcess.IDocBook(book, output, "all");
            WholeProcess.IDocBook(book, output, "all", extra: ["--no-diagrams"]);
            List<double> drawn = [], code = [];
            for (var i = 0; i < runs; i++)
            {
                drawn.Add(WholeProcess.IDocBook(book, output, "all").Wall.TotalSeconds);
                code.Add(WholeProcess.IDocBook(book, output, "all", extra: ["--no-diagrams"]).Wall.TotalSeconds);
            }
            double d = Median.Of(drawn), c = Median.Of(code);
            Console.WriteLine($"idocbook build (EPUB + PDF), diagrams drawn:   {d:0.000} s");
            Console.WriteLine($"idocbook build --no-diagrams (shown as code): {c:0.000} s");
            Console.WriteLine($"added by {count} diagrams: {d - c:0.000} s (target under 0.5 s)");
            return 0;
        }

        public static (string Book, BookSize Size) Generate(string work, BookProfile profile)
        {
            var book = Path.Combine(work, "book-" + Folder(profile));
            if (Directory.Exists(book)) Directory.Delete(book, recursive: true);
            return (book, profile.Realistic ? RealisticBook.Write(book, profile.Chapters, profile.ChapterBytes) : SyntheticBook.Write(book, profile.Chapters, profile.ChapterBytes));
        }

        /// <summary>Builds <paramref name="book"/> again on one core over the outputs just made there, and prints whether the bytes are the same.</summary>
        private static void CompareOneCore(string book, string output)
        {
            var every = Hashes(output);
            WholeProcess.IDocBook(book, output, "all", processors: 1);
            var same = Hashes(output).SequenceEqual(every);
            OutputsDiffered |= !same;
            Console.WriteLine($"outputs with 1 core and with {Environment.ProcessorCount}: {(same ? "byte-identical" : "DIFFERENT")}");
        }

        public static List<string> Hashes(string folder) =>
            [.. Directory.GetFiles(folder, "*.*").Where(f => f.EndsWith(".epub", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];
    }
}
