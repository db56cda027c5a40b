using IDocBook.Pdf.Layout;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// Fills pages with boxes, first-fit, then moves the break back until the rules hold: no heading
/// at the foot of a page (keep-with-next), at least two lines of a paragraph on each side of a
/// break (orphans and widows), footnotes on the page that cites them, and a table's header rows
/// repeated after a break inside the table. When no break satisfies the rules, the page breaks
/// where the box did not fit: overfull is worse than an orphan. Every page takes at least one box
/// of the flow, so a box that fits nowhere cannot start an endless run of pages.
/// </summary>
internal sealed class Paginator(float height, float footnoteSeparator)
{
    private const int MinLines = 2;

    public List<PlacedPage> Pages { get; } = [];

    /// <summary>Sets a chapter from a new page.</summary>
    public void Add(IReadOnlyList<Box> boxes, ChapterStart? chapter)
    {
        var page = Start(chapter, opening: true);
        var pageStart = 0;
        var i = 0;
        while (i < boxes.Count)
        {
            var box = boxes[i];
            if (Fits(page, box))
            {
                Place(page, box);
                i++;
                continue;
            }
            if (i == pageStart)
            {
                // Only repeated header rows are on the page and the row does not fit under them:
                // the row goes alone rather than onto yet another page that would fail the same way.
                foreach (var (repeated, _) in page.Boxes.ToList()) Unplace(page, repeated);
                Place(page, box);
                i++;
                continue;
            }
            var at = BreakPoint(boxes, pageStart, i);
            for (var k = at; k < i; k++) Unplace(page, boxes[k]);
            i = at;
            page = Start(chapter, opening: false);
            pageStart = i;
            if (boxes[i].RepeatOnBreak is { } header && i > 0 && boxes[i - 1].RepeatOnBreak == header)
                foreach (var h in header) Place(page, h);
        }
    }

    private PlacedPage Start(ChapterStart? chapter, bool opening)
    {
        var page = new PlacedPage(chapter, opening);
        Pages.Add(page);
        return page;
    }

    private bool Fits(PlacedPage page, Box box)
    {
        if (page.Boxes.Count == 0) return true;
        var notes = box.Footnotes.Sum(n => n.Height) + (page.Notes.Count == 0 && box.Footnotes.Count > 0 ? footnoteSeparator : 0);
        return page.Bottom + box.SpaceBefore + box.Height + page.NotesHeight(footnoteSeparator) + notes <= height + 0.01f;
    }

    private static void Place(PlacedPage page, Box box)
    {
        var y = page.Boxes.Count == 0 ? 0 : page.Bottom + box.SpaceBefore;
        page.Boxes.Add((box, y));
        foreach (var note in box.Footnotes) page.Notes.Add((box, note));
    }

    private static void Unplace(PlacedPage page, Box box)
    {
        page.Boxes.RemoveAt(page.Boxes.FindLastIndex(b => ReferenceEquals(b.Box, box)));
        page.Notes.RemoveAll(n => ReferenceEquals(n.Owner, box));
    }

    // Where to break instead of before boxes[next]; boxes[pageStart..next) are on the page.
    private static int BreakPoint(IReadOnlyList<Box> boxes, int pageStart, int next)
    {
        var at = next;
        for (var round = 0; round < 8; round++)
        {
            var before = at;
            if (boxes[at].Group is { } g)
            {
                var first = at - g.Index;
                if (g.Index > 0 && g.Index < MinLines) at = first;
                else if (g.Index > 0 && g.Count - g.Index < MinLines)
                    at = g.Count - MinLines >= MinLines ? first + g.Count - MinLines : first;
            }
            while (at > pageStart && boxes[at - 1].KeepWithNext) at--;
            if (at == before) break;
        }
        return at > pageStart ? at : next;
    }
}
