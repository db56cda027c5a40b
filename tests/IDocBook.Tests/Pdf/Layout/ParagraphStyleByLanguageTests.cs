using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;

namespace IDocBook.Tests.Pdf.Layout;

/// <summary>
/// The PDF sets paragraphs as books in the language are printed: Chinese indents every paragraph
/// 2em on a 1.75 line; English leaves the first paragraph after a heading flush, indents the next
/// 1.5em, on a 1.45 line.
/// </summary>
public sealed class ParagraphStyleByLanguageTests
{
    [Theory]
    [InlineData("en", "Opening words of the chapter go on for a while so that the paragraph takes two lines at least, as any paragraph in a real book would. ", "Second", 0f, 1.5f, 1.45f)]
    [InlineData("zh-CN", "第一段的文字要足够长，长到可以排满两行以上，这样才能量出行距，就像书里任何一个真正的段落那样。", "第二段", 2f, 2f, 1.75f)]
    public void FirstAndFollowingParagraphsAreIndentedAsTheLanguagePrints(string language, string sentence, string second, float firstIndentEm, float nextIndentEm, float leading)
    {
        using var dir = new TempBook()
            .With("book.yml", $"title: T\nlanguage: {language}\n")
            .With("SUMMARY.md", "* [A](a.md)\n")
            .With("a.md", $"# A\n\n{sentence}{sentence}\n\n{second}{sentence}\n");
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink)!;
        using var output = new MemoryStream();
        PdfWriter.Write(book, new PdfOptions(), output, sink);
        using var pdf = PdfDocument.Open(output.ToArray());

        // The chapter's one page: its heading on top, the folio at the foot, the body between.
        var page = pdf.GetPage(pdf.NumberOfPages);
        var lines = page.Letters.Where(l => !char.IsWhiteSpace(l.Value[0]) && l.StartBaseLine.Y > 80)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Skip(1)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        var left = lines.Min(l => l[0].StartBaseLine.X);
        var secondLine = lines.First(l => string.Concat(l.Select(x => x.Value)).StartsWith(second, StringComparison.Ordinal));

        ((lines[0][0].StartBaseLine.X - left) / 10.5).ShouldBe(firstIndentEm, 0.05);
        ((secondLine[0].StartBaseLine.X - left) / 10.5).ShouldBe(nextIndentEm, 0.05);
        ((lines[0][0].StartBaseLine.Y - lines[1][0].StartBaseLine.Y) / 10.5).ShouldBe(leading, 0.05);
    }
}
