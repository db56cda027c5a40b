using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Pages;
using Shouldly;

namespace IDocBook.Tests.Pdf.Pages;

/// <summary>Pagination rules on hand-made boxes: positions and page membership, not pixels.</summary>
public class PaginatorTests
{
    private static Box Block(float height, string name) => new(height, [new IDocBook.Pdf.Output.DestinationItem(name, 0, 0)]);

    private static List<Box> Paragraph(int lines, float height, string name)
    {
        var key = new object();
        return [.. Enumerable.Range(0, lines).Select(i => Block(height, $"{name}{i}") with { Group = new LineGroup(key, i, lines) })];
    }

    private static List<List<string>> Layout(float pageHeight, IEnumerable<Box> boxes)
    {
        var paginator = new Paginator(pageHeight, 5);
        paginator.Add([.. boxes], new ChapterStart("c", "C"));
        return [.. paginator.Pages.Select(p => p.Boxes.SelectMany(b => b.Box.Items.OfType<IDocBook.Pdf.Output.DestinationItem>()).Select(d => d.Name).ToList())];
    }

    [Fact]
    public void AParagraphThatWouldLeaveOneLineAtTheFootMovesWhole()
    {
        var pages = Layout(100, [Block(70, "x"), .. Paragraph(5, 20, "p")]);
        pages[0].ShouldBe(["x"]);
        pages[1].ShouldBe(["p0", "p1", "p2", "p3", "p4"]);
    }

    [Fact]
    public void ALastLineAloneOnTheNextPageTakesAnotherWithIt()
    {
        var pages = Layout(80, Paragraph(5, 20, "p"));
        pages.Select(p => p.Count).ShouldBe([3, 2]);
    }

    [Fact]
    public void AThreeLineParagraphIsNeverSplitTwoByOne()
    {
        var pages = Layout(100, [Block(50, "x"), .. Paragraph(3, 20, "p")]);
        pages[0].ShouldBe(["x"]);
        pages[1].ShouldBe(["p0", "p1", "p2"]);
    }

    [Fact]
    public void AHeadingNeverEndsAPage()
    {
        var pages = Layout(100, [Block(60, "x"), Block(20, "h") with { KeepWithNext = true }, .. Paragraph(4, 20, "p")]);
        pages[0].ShouldBe(["x"]);
        pages[1][0].ShouldBe("h");
    }

    [Fact]
    public void TableHeaderRowsRepeatAfterABreakInsideTheTable()
    {
        var header = new List<Box> { Block(10, "head") with { KeepWithNext = true } };
        var rows = Enumerable.Range(0, 12).Select(i => Block(10, $"r{i}") with { RepeatOnBreak = header }).ToList();
        var pages = Layout(50, [.. header, .. rows]);
        pages.Count.ShouldBe(3);
        pages.ShouldAllBe(p => p.Count == 5);
        pages.Skip(1).ShouldAllBe(p => p[0] == "head");
        pages.SelectMany(p => p).Count(n => n.StartsWith('r')).ShouldBe(12);
    }

    [Fact]
    public void ARowThatDoesNotFitUnderTheRepeatedHeaderTakesThePageAlone()
    {
        // Found by the fuzzer: header plus row taller than a page once made pages without end.
        var header = new List<Box> { Block(30, "head") with { KeepWithNext = true } };
        var rows = new[] { Block(10, "r0"), Block(45, "tall"), Block(10, "r2") }.Select(b => b with { RepeatOnBreak = header }).ToList();
        var pages = Layout(50, [.. header, .. rows]);
        pages.ShouldBe([["head", "r0"], ["tall"], ["head", "r2"]]);
    }

    [Fact]
    public void ATableIndentedInAListOrQuoteStillRepeatsItsHeader()
    {
        // The paginator knows a table's rows by their shared header list; indenting must keep it shared.
        var header = new List<Box> { Block(10, "head") with { KeepWithNext = true } };
        var rows = Enumerable.Range(0, 12).Select(i => Block(10, $"r{i}") with { RepeatOnBreak = header }).ToList();
        var pages = Layout(50, BoxOffset.Indent([.. header, .. rows], 12));
        pages.Count.ShouldBe(3);
        pages.Skip(1).ShouldAllBe(p => p[0] == "head");
    }

    [Fact]
    public void ACodeBlockSplitsAcrossPagesWithoutOverfillingAny()
    {
        var lines = Enumerable.Range(0, 40).Select(i => Block(12, $"l{i}")).ToList();
        var paginator = new Paginator(100, 5);
        paginator.Add(lines, null);
        paginator.Pages.Count.ShouldBe(5);
        paginator.Pages.ShouldAllBe(p => p.Bottom <= 100);
        paginator.Pages.SelectMany(p => p.Boxes).Count().ShouldBe(40);
    }

    [Fact]
    public void AFootnoteLandsOnThePageOfItsReferenceAndTakesItsRoom()
    {
        var note = Block(30, "note");
        var citing = Block(20, "cite") with { Footnotes = [note] };
        var paginator = new Paginator(100, 5);
        paginator.Add([Block(30, "a"), citing, Block(20, "b"), Block(20, "c")], null);
        paginator.Pages[0].Notes.Single().Note.ShouldBe(note);
        paginator.Pages[0].Boxes.Select(b => b.Box).ShouldBe([paginator.Pages[0].Boxes[0].Box, citing]);
        (paginator.Pages[0].Bottom + paginator.Pages[0].NotesHeight(5)).ShouldBeLessThanOrEqualTo(100);
        paginator.Pages[1].Notes.ShouldBeEmpty();
    }

    [Fact]
    public void SpaceBeforeIsDroppedAtTheTopOfAPage()
    {
        var paginator = new Paginator(100, 5);
        paginator.Add([Block(90, "a"), Block(20, "b") with { SpaceBefore = 15 }], null);
        paginator.Pages[1].Boxes[0].Y.ShouldBe(0);
    }

    [Fact]
    public void AHeadingTakesTwoLinesOfWhatFollowsWithItEvenWhenTheyAreNotAParagraph()
    {
        // Code lines have no widow rule of their own: only the heading's keep moves it off this page.
        var heading = Block(20, "h") with { KeepWithNext = true, Heading = true };
        var pages = Layout(100, [Block(60, "x"), heading, Block(20, "l0"), Block(20, "l1"), Block(20, "l2")]);
        pages[0].ShouldBe(["x"]);
        pages[1].ShouldBe(["h", "l0", "l1", "l2"]);
    }

    [Fact]
    public void ASpacerBetweenAHeadingAndItsTextIsNotOneOfItsTwoLines()
    {
        var heading = Block(20, "h") with { KeepWithNext = true, Heading = true };
        var spacer = new Box(10, []) { KeepWithNext = true };
        var pages = Layout(100, [Block(50, "x"), heading, spacer, Block(20, "l0"), Block(20, "l1")]);
        pages[0].ShouldBe(["x"]);
        pages[1].ShouldBe(["h", "l0", "l1"]);
    }

    [Fact]
    public void AFigureThatDoesNotFitFloatsToTheNextPageWithItsCaptionAndTheTextGoesOnBeforeIt()
    {
        var figure = Block(60, "fig") with { Float = 2, KeepWithNext = true };
        var pages = Layout(100, [Block(50, "x"), figure, Block(10, "cap"), .. Paragraph(4, 10, "p")]);
        pages[0].ShouldBe(["x", "p0", "p1", "p2", "p3"]);
        pages[1].ShouldBe(["fig", "cap"]);
    }

    [Fact]
    public void AFloatStaysInItsSectionTheNextHeadingComesAfterIt()
    {
        var figure = Block(60, "fig") with { Float = 2, KeepWithNext = true };
        var heading = Block(10, "h") with { KeepWithNext = true, Heading = true };
        var pages = Layout(100, [Block(50, "x"), figure, Block(10, "cap"), .. Paragraph(2, 10, "p"), heading, .. Paragraph(2, 10, "q")]);
        pages[0].ShouldBe(["x", "p0", "p1"]);
        pages[1].ShouldBe(["fig", "cap", "h", "q0", "q1"]);
    }

    [Fact]
    public void AHeadingUnderFloatsWithNoRoomForTwoLinesAfterItGoesToTheNextPage()
    {
        // The floats fill the page's top, the heading and the table's header row its foot: the page
        // may end after the floats alone rather than with a heading and no text under it.
        var figure = Block(60, "fig") with { Float = 2, KeepWithNext = true };
        var heading = Block(10, "h") with { KeepWithNext = true, Heading = true };
        var header = new List<Box> { Block(10, "head") with { KeepWithNext = true } };
        var rows = Enumerable.Range(0, 3).Select(i => Block(10, $"r{i}") with { RepeatOnBreak = header });
        var pages = Layout(100, [Block(50, "x"), figure, Block(20, "cap"), .. Paragraph(2, 10, "p"), heading, .. header, .. rows]);
        pages.ShouldBe([["x", "p0", "p1"], ["fig", "cap"], ["h", "head", "r0", "r1", "r2"]]);
    }

    [Fact]
    public void FloatsAtThePageTopWithNoRoomForTheNextBoxHaveThePageToThemselves()
    {
        var figure = Block(60, "fig") with { Float = 2, KeepWithNext = true };
        var paginator = new Paginator(100, 5);
        paginator.Add([Block(50, "x"), figure, Block(20, "cap"), .. Paragraph(2, 10, "p"), Block(40, "big")], null);
        paginator.Pages.Select(p => p.Boxes.Count).ShouldBe([3, 2, 1]);
        paginator.Pages.ShouldAllBe(p => p.Bottom <= 100);
    }

    [Fact]
    public void AFigureThatFitsStaysWhereItIs()
    {
        var figure = Block(30, "fig") with { Float = 2, KeepWithNext = true };
        var pages = Layout(100, [Block(50, "x"), figure, Block(10, "cap"), .. Paragraph(2, 10, "p")]);
        pages[0].ShouldBe(["x", "fig", "cap"]);
        pages[1].ShouldBe(["p0", "p1"]);
    }
}
