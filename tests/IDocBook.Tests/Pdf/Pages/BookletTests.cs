using IDocBook.Pdf.Output;
using IDocBook.Pdf.Pages;
using Shouldly;

namespace IDocBook.Tests.Pdf.Pages;

/// <summary>Saddle-stitch imposition on numbered pages: order, blanks and sheet size, as a printer folds them.</summary>
public class BookletTests
{
    // Each page carries a destination named after its number, so a sheet says which pages it holds and where.
    private static PagedDocument Numbered(int pages) => new(
        [.. Enumerable.Range(1, pages).Select(n => new Page(Paper.A5.Width, Paper.A5.Height, [new DestinationItem($"p{n}", 10, 20)]))],
        [], [new PageLabelRange(0, PageLabelStyle.Decimal)], new PdfInfo("t", "", "", "", "", "en", DateTimeOffset.UnixEpoch));

    // "7|0": page 7 on the left half, nothing (a blank) on the right.
    private static List<string> Sides(PagedDocument imposed) => [.. imposed.Pages.Select(sheet =>
    {
        var left = sheet.Items.OfType<DestinationItem>().Where(d => d.X < Paper.A5.Width).Select(d => d.Name[1..]).SingleOrDefault() ?? "0";
        var right = sheet.Items.OfType<DestinationItem>().Where(d => d.X >= Paper.A5.Width).Select(d => d.Name[1..]).SingleOrDefault() ?? "0";
        return $"{left}|{right}";
    })];

    [Fact]
    public void EightPagesMakeTwoSheetsInBookletOrder() =>
        Sides(Booklet.Impose(Numbered(8))).ShouldBe(["8|1", "2|7", "6|3", "4|5"]);

    [Fact]
    public void FivePagesArePaddedWithThreeBlanksAtTheEnd() =>
        Sides(Booklet.Impose(Numbered(5))).ShouldBe(["0|1", "2|0", "0|3", "4|5"]);

    [Fact]
    public void SeventeenPagesMakeFiveSheetsWithThreeBlanks() =>
        Sides(Booklet.Impose(Numbered(17))).ShouldBe(["0|1", "2|0", "0|3", "4|17", "16|5", "6|15", "14|7", "8|13", "12|9", "10|11"]);

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(17)]
    public void EverySheetIsTwoPagesWideInLandscapeAndFoldingGivesReadingOrder(int pages)
    {
        var imposed = Booklet.Impose(Numbered(pages));
        imposed.Pages.ShouldAllBe(s => s.Width == Paper.A5.Width * 2 && s.Height == Paper.A5.Height);
        imposed.Pages.Count.ShouldBe((pages + 3) / 4 * 2);
        imposed.Labels.ShouldBeEmpty();
        // Folded, the stack of sheets reads: front-right of sheet 1, back-left of sheet 1, back-right … :
        // walking the right halves of fronts and the left halves of backs forwards, then the rest backwards.
        var sides = Sides(imposed).Select(s => s.Split('|')).ToList();
        var reading = new List<string>();
        for (var sheet = 0; sheet < sides.Count / 2; sheet++) { reading.Add(sides[2 * sheet][1]); reading.Add(sides[2 * sheet + 1][0]); }
        for (var sheet = sides.Count / 2 - 1; sheet >= 0; sheet--) { reading.Add(sides[2 * sheet + 1][1]); reading.Add(sides[2 * sheet][0]); }
        reading.Where(n => n != "0").ShouldBe(Enumerable.Range(1, pages).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        reading.Skip(pages).ShouldAllBe(n => n == "0");
    }

    [Fact]
    public void ItemsMoveWithTheirPage()
    {
        var imposed = Booklet.Impose(Numbered(4));
        var back = imposed.Pages[1].Items.OfType<DestinationItem>().ToList();
        back.Single(d => d.Name == "p2").X.ShouldBe(10);
        back.Single(d => d.Name == "p3").X.ShouldBe(10 + Paper.A5.Width);
    }
}
