using System.Text;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;
using SkiaSharp;

namespace IDocBook.Tests.Pdf.Output;

public sealed class ImageReuseTests
{
    [Fact]
    public void AnImageUsedInEveryChapterIsStoredInThePdfOnce()
    {
        var chapter = "# 章\n\n![图](logo.png)\n\n正文。\n";
        using var dir = new TempBook()
            .With("SUMMARY.md", "* [一](a.md)\n* [二](b.md)\n* [三](c.md)\n")
            .With("a.md", chapter).With("b.md", chapter).With("c.md", chapter)
            .With("logo.png", TestImages.Encoded(SKEncodedImageFormat.Png, 40, 30, SKColors.Coral));
        var book = new BuiltBook(dir.Root);

        var text = Encoding.Latin1.GetString(book.Pdf);
        CountOf(text, "/Subtype /Image").ShouldBe(1);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(book.Pdf);
        pdf.GetPages().Count(p => p.GetImages().Any()).ShouldBe(3);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
