using System.Diagnostics;
using IDocBook.Tests.Books;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit.Abstractions;

namespace IDocBook.Tests.Fuzz;

/// <summary>
/// Random books (seeded, so every failure can be replayed) must build without an exception into a
/// complete EPUB whose XHTML parses and whose every link lands. <c>dotnet test</c> runs 30 seeds;
/// <c>IDOCBOOK_FUZZ_CASES=2000</c> runs more, and <c>IDOCBOOK_FUZZ_SEED=n</c> starts elsewhere
/// (see README). The PDF must open in PdfPig with every page readable.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public static TheoryData<int> Seeds()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("IDOCBOOK_FUZZ_CASES"), out var n) && n > 0 ? n : 30;
        var first = int.TryParse(Environment.GetEnvironmentVariable("IDOCBOOK_FUZZ_SEED"), out var s) ? s : 1;
        return [.. Enumerable.Range(first, count)];
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ARandomBookBuildsIntoASoundEpubAndPdf(int seed)
    {
        using var dir = new TempBook();
        var path = RandomBook.Write(dir, seed);
        var watch = Stopwatch.StartNew();
        BuiltBook book;
        try
        {
            book = new BuiltBook(path);
        }
        catch (Exception e)
        {
            throw new ShouldAssertException($"seed {seed} threw (replay with IDOCBOOK_FUZZ_SEED={seed} IDOCBOOK_FUZZ_CASES=1):\n{e}");
        }
        output.WriteLine($"seed {seed}: {book.Model.Chapters.Count()} chapters, {book.Diagnostics.All.Count} diagnostics, {watch.ElapsedMilliseconds} ms");
        EpubInvariants.ManifestIsComplete(book.Epub);
        EpubInvariants.XhtmlIsWellFormed(book.Epub);
        EpubInvariants.EveryLinkResolves(book.Epub);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(book.Pdf);
        pdf.GetPages().Count().ShouldBe(pdf.NumberOfPages);
        pdf.NumberOfPages.ShouldBeGreaterThan(1);
    }

    /// <summary>
    /// Built together, the EPUB lists every page of the PDF and marks each where it begins, never
    /// at a chapter's end for want of a place; and every letter of the tagged PDF is marked content.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void ARandomBookBuiltWithItsPdfMarksEveryPrintedPage(int seed)
    {
        using var dir = new TempBook();
        using var outputs = new TempBook();
        var path = RandomBook.Write(dir, seed);
        var sink = new IDocBook.Core.Diagnostics.DiagnosticSink();
        var model = IDocBook.Core.BookReader.Read(path, sink);
        if (model is null || !model.Chapters.Any()) return;
        var written = IDocBook.Cli.Commands.Outputs.Write(model, new IDocBook.Cli.Commands.BuildOptions(path, outputs.Root), sink, IDocBook.Core.Timing.Stages.None);
        var epub = EpubPackage.Open(File.ReadAllBytes(written.Single(w => w.Path.EndsWith(".epub", StringComparison.Ordinal)).Path));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(written.Single(w => w.Path.EndsWith(".pdf", StringComparison.Ordinal)).Path);
        EpubInvariants.XhtmlIsWellFormed(epub);
        EpubInvariants.EveryLinkResolves(epub);
        var nav = epub.Text("OEBPS/nav.xhtml");
        var pageList = nav[nav.IndexOf("epub:type=\"page-list\"", StringComparison.Ordinal)..];
        System.Text.RegularExpressions.Regex.Matches(pageList, "<li><a ").Count.ShouldBe(pdf.NumberOfPages, $"seed {seed}");
        foreach (var chapter in epub.EntryNames.Where(n => n.StartsWith("OEBPS/text/", StringComparison.Ordinal)))
            epub.Text(chapter).ShouldNotMatch(@"doc-pagebreak[^>]*/>\s*</section>\s*</body>", $"seed {seed}: a page mark found no place in {chapter}");
        foreach (var page in pdf.GetPages())
        {
            // Every letter on the page is marked content of some element (PdfPig may list a letter of a
            // nested sequence again, and one it does not count among the page's letters: so inclusion, not counts).
            var marked = new HashSet<UglyToad.PdfPig.Content.Letter>(ReferenceEqualityComparer.Instance);
            foreach (var content in page.GetMarkedContents()) Collect(content);
            page.Letters.Where(l => !marked.Contains(l)).Select(l => l.Value).ShouldBeEmpty($"seed {seed}, page {page.Number}");

            void Collect(UglyToad.PdfPig.Content.MarkedContentElement e)
            {
                marked.UnionWith(e.Letters);
                foreach (var child in e.Children) Collect(child);
            }
        }
    }
}
