using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig.Outline;

namespace IDocBook.Tests.Pdf.Layout;

public sealed class HeadingLayoutTests
{
    [Fact]
    public void AnEmptyHeadingKeepsItsBookmarkAndItsPage()
    {
        // Found by the fuzzer: "## " sets no line, yet the outline lists it and needs its destination.
        using var dir = new TempBook().With("SUMMARY.md", "* [一](one.md)\n").With("one.md", "# 第一章\n\n## \n\n正文。\n\n## 第二节\n\n正文。\n");
        var book = new BuiltBook(dir.Root);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(book.Pdf);
        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var chapter = bookmarks!.Roots.Cast<DocumentBookmarkNode>().Last();
        chapter.Title.ShouldBe("一");
        chapter.Children.Count.ShouldBe(2);
        chapter.Children.Cast<DocumentBookmarkNode>().ShouldAllBe(s => s.PageNumber == chapter.PageNumber);
    }
}
