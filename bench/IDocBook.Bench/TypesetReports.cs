using System.Diagnostics;
using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;

namespace IDocBook.Bench;

/// <summary>
/// <c>--typeset-report</c>: the typesetting report (CJK gaps, word spaces, hyphens, overfull lines, cut
/// words, punctuation pairs, empty page area) of the seed book, every fixture, and a generated Chinese
/// and English book of about 650 A4 pages each, with the PDF's warm time.
/// </summary>
internal static class TypesetReports
{
    public static int Run(string work, string repository)
    {
        var books = new List<(string Name, string Path)>
        {
            ("seed book (book/)", Path.Combine(repository, "book")),
            ("fixture gitbook", Path.Combine(repository, "tests/fixtures/gitbook")),
            ("fixture mdbook", Path.Combine(repository, "tests/fixtures/mdbook")),
            ("fixture single", Path.Combine(repository, "tests/fixtures/single/handbook.md")),
            ("fixture broken", Path.Combine(repository, "tests/fixtures/broken")),
            ("fixture seed", Path.Combine(repository, "tests/fixtures/seed/seed.md")),
            ("fixture typesetting", Path.Combine(repository, "tests/fixtures/typesetting/passages.md")),
        };
        var chinese = Path.Combine(work, "report-zh");
        if (Directory.Exists(chinese)) Directory.Delete(chinese, recursive: true);
        SyntheticBook.Write(chinese, chapters: 130, chapterBytes: 9000, typesetting: true);
        books.Add(("generated Chinese", chinese));
        var english = Path.Combine(work, "report-en");
        if (Directory.Exists(english)) Directory.Delete(english, recursive: true);
        EnglishBook.Write(english, chapters: 130, chapterBytes: 9000);
        books.Add(("generated English", english));

        foreach (var (name, path) in books)
        {
            var sink = new DiagnosticSink();
            var book = BookInput.Read(path, sink);
            if (book is null)
            {
                Console.WriteLine($"{name}: did not load");
                continue;
            }
            var cache = new OutputCache(forRebuilds: false);
            var options = Outputs.PdfOptionsFor(book, new BuildOptions(path, work) { TypesetReport = true }, sink, cache)!;
            using (var warm = new MemoryStream()) PdfWriter.Write(book, options, warm, new DiagnosticSink());
            var start = Stopwatch.GetTimestamp();
            using var pdf = new MemoryStream();
            var pages = PdfWriter.Write(book, options, pdf, new DiagnosticSink());
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            Console.WriteLine(cache.Report?.Format(name) ?? $"{name}: no report");
            Console.WriteLine($"  PDF, warm: {pages} pages in {seconds:0.00} s, {pages / seconds:0} pages/s (fonts, layout and writing)");
        }
        return 0;
    }
}
