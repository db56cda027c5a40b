using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Text;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Outline;

namespace IDocBook.Tests.Books;

/// <summary>The print edition of <c>book/</c>, read back the way readers and tools see it.</summary>
public sealed class GivenTheDockerBookAsPdf
{
    private readonly BuiltBook _book = BuiltBook.Docker;

    [Fact]
    public void ItsPageByPageTextMatchesTheSnapshot()
    {
        using var pdf = PdfDocument.Open(_book.Pdf);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
            text.Append("--- page ").Append(page.Number).Append(" ---\n").Append(ContentOrderTextExtractor.GetText(page).Trim()).Append('\n');
        Approve(text.ToString(), "pdf-text");
    }

    [Fact]
    public void ItsOutlineListsEveryChapterAndSectionAndMatchesTheSnapshot()
    {
        using var pdf = PdfDocument.Open(_book.Pdf);
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var lines = new StringBuilder();
        void Walk(IEnumerable<BookmarkNode> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                var page = node is DocumentBookmarkNode d ? d.PageNumber.ToString() : "?";
                lines.Append(' ', depth * 2).Append(node.Title).Append(" → p").Append(page).Append('\n');
                Walk(node.Children, depth + 1);
            }
        }
        Walk(bookmarks!.Roots, 0);
        var outline = lines.ToString();
        foreach (var chapter in _book.Model.Chapters) outline.ShouldContain(chapter.Title);
        outline.ShouldContain("Debian / Ubuntu");
        Approve(outline, "outline");
    }

    [SkippableFact]
    public void EveryCjkCharacterOfTheBookIsInThePdfTextInOrderWithoutRadicals()
    {
        using var saved = PdfTools.Save(_book.Pdf);
        PdfTools.SkipUnlessAvailable("pdftotext");
        var pdfText = PdfTools.PdfToText(saved.Path);
        pdfText.EnumerateRunes().ShouldNotContain(r => r.Value >= 0x2F00 && r.Value <= 0x2FDF, "Kangxi radicals stand in for ideographs");
        var wide = pdfText.EnumerateRunes().Where(r => Cjk.IsWide(r.Value) && r.Value != 0x3000).Select(r => r.Value).ToList();
        var total = 0;
        foreach (var chapter in _book.Model.Chapters)
        {
            // An image's alt text describes it for those who cannot see it: it is not printed.
            var source = Wide(System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Repository.PathOf("book/" + chapter.SourcePath)), @"!\[[^\]]*\]", ""));
            total += source.Count;
            var at = 0;
            foreach (var rune in source)
            {
                while (at < wide.Count && wide[at] != rune) at++;
                at.ShouldBeLessThan(wide.Count, $"'{char.ConvertFromUtf32(rune)}' of {chapter.SourcePath} is missing from the PDF text or out of order");
                at++;
            }
        }
        total.ShouldBeGreaterThan(5000);
    }

    [SkippableFact]
    public void ItIsSmallValidAndEmbedsOnlySubsetTrueTypeFonts()
    {
        _book.Pdf.Length.ShouldBeLessThanOrEqualTo(1_500_000);
        using var saved = PdfTools.Save(_book.Pdf);
        PdfTools.SkipUnlessAvailable("qpdf");
        var check = PdfTools.QpdfCheck(saved.Path);
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Output.ShouldNotContain("WARNING");
        PdfTools.SkipUnlessAvailable("pdffonts");
        var fonts = PdfTools.PdfFonts(saved.Path);
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f.Type == "CID TrueType" && f.Embedded && f.Subset);
        Encoding.ASCII.GetString(_book.Pdf).ShouldNotContain("/Type3");
    }

    [Fact]
    public void TwoBuildsAreByteIdentical() =>
        BuiltBook.WritePdf(_book.Model, new DiagnosticSink()).ShouldBe(_book.Pdf);

    // Concurrent builds stress the garbage collector and native libraries; output must not care.
    [Fact]
    public void BuildsRunningAtTheSameTimeAreByteIdentical()
    {
        var builds = new byte[4][];
        Parallel.For(0, builds.Length, i => builds[i] = BuiltBook.WritePdf(_book.Model, new DiagnosticSink()));
        builds.ShouldAllBe(b => b.SequenceEqual(_book.Pdf));
    }

    [Fact]
    public void ItBuildsWithoutDiagnostics()
    {
        _ = _book.Pdf;
        _book.PdfDiagnostics.All.ShouldBeEmpty();
    }

    private static List<int> Wide(string text) =>
        [.. text.EnumerateRunes().Where(r => Cjk.IsWide(r.Value) && r.Value != 0x3000).Select(r => r.Value)];

    private static void Approve(string text, string name) =>
        text.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator(name).NoDiff().UseCallerLocation());
}
