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
}
