using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// Fills pages with boxes, first-fit, then moves the break back until the rules hold: no heading
/// at the foot of a page (keep-with-next) nor with only one line of its section after it, at least
/// two lines of a paragraph on each side of a break (orphans and widows), footnotes on the page
/// that cites them, and a table's header rows repeated after a break inside the table. A figure
/// that does not fit floats, with its caption, to the top of the next page while the text after it
/// fills this one, but never past the next heading. When no break satisfies the rules, the page breaks
/// where the box did not fit: overfull is worse than an orphan. Every page takes at least one box
/// of the flow or one float, so a box that fits nowhere cannot start an endless run of pages.
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
        var floatsOnTop = false; // the page opened with floats: it may end before any box of the flow
        var pending = new List<int>(); // floats that did not fit, by their first box, waiting for the next page
        var i = 0;
        while (i < boxes.Count)
        {
            var box = boxes[i];
            if (box.Float > 0)
            {
                var count = Math.Min(box.Float, boxes.Count - i);
                if (pending.Count == 0 && (FitsAll(page, boxes, i, count) || page.Boxes.Count == 0))
                {
                    for (var k = i; k < i + count; k++) Place(page, boxes[k]);
                }
                else pending.Add(i);
                i += count;
                continue;
            }
            if (pending.Count > 0 && box.Heading)
            {
                // A float stays in its section: the section's text ends here, so its floats come now.
                page = Start(chapter, opening: false);
                pageStart = i;
                floatsOnTop = PlacePending(page, boxes, pending);
                continue;
            }
            if (Fits(page, box))
            {
                Place(page, box);
                i++;
                continue;
            }
            if (i == pageStart && floatsOnTop)
            {
                // Nothing of the flow fits under the floats: they have the page to themselves.
                page = Start(chapter, opening: false);
                floatsOnTop = PlacePending(page, boxes, pending);
                continue;
            }
            if (i == pageStart)
            {
                // Only repeated header rows are on the page and the row does not fit under them:
                // the row goes without the header rather than onto yet another page that would fail the same way.
                if (box.RepeatOnBreak is { } repeated) foreach (var h in repeated) Unplace(page, h);
                Place(page, box);
                i++;
                continue;
            }
            var at = BreakPoint(boxes, pageStart, i, floatsOnTop);
            for (var k = at; k < i; k++) Unplace(page, boxes[k]);
            pending.RemoveAll(f => f >= at);
            i = at;
            page = Start(chapter, opening: false);
            pageStart = i;
            floatsOnTop = PlacePending(page, boxes, pending);
            if (boxes[i].RepeatOnBreak is { } header && i > 0 && boxes[i - 1].RepeatOnBreak == header)
                foreach (var h in header) Place(page, h);
        }
        while (pending.Count > 0)
        {
            page = Start(chapter, opening: false);
            PlacePending(page, boxes, pending);
        }
    }

    /// <summary>Floats waiting for a page go at its top, in order, as many as fit (at least one); false when there were none.</summary>
    private bool PlacePending(PlacedPage page, IReadOnlyList<Box> boxes, List<int> pending)
    {
        var placed = pending.Count > 0;
        while (pending.Count > 0)
        {
            var first = pending[0];
            var count = Math.Min(boxes[first].Float, boxes.Count - first);
            if (page.Boxes.Count > 0 && !FitsAll(page, boxes, first, count)) break;
            for (var k = first; k < first + count; k++) Place(page, boxes[k]);
            pending.RemoveAt(0);
        }
        return placed;
    }

    private bool FitsAll(PlacedPage page, IReadOnlyList<Box> boxes, int from, int count)
    {
        if (page.Boxes.Count == 0) return count == 0 || boxes.Skip(from).Take(count).Sum(b => b.Height + b.SpaceBefore) - boxes[from].SpaceBefore <= height + 0.01f;
        var total = 0f;
        for (var k = from; k < from + count; k++) total += boxes[k].SpaceBefore + boxes[k].Height + boxes[k].Footnotes.Sum(n => n.Height);
        return page.Bottom + total + page.NotesHeight(footnoteSeparator) <= height + 0.01f;
    }

    /// <summary>A blank page: no text, no running head, no folio (the verso before a chapter in a two-sided book).</summary>
    public void AddBlank() => Pages.Add(new PlacedPage(null, opening: true));

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

    // A box the break moves back over may not be on this page: a float waiting for the next one.
    private static void Unplace(PlacedPage page, Box box)
    {
        var at = page.Boxes.FindLastIndex(b => ReferenceEquals(b.Box, box));
        if (at < 0) return;
        page.Boxes.RemoveAt(at);
        page.Notes.RemoveAll(n => ReferenceEquals(n.Owner, box));
    }

    // Where to break instead of before boxes[next]; boxes[pageStart..next) are on the page. A page that
    // opened with floats may break before all of them: it is not empty, and the floats are used up.
    private static int BreakPoint(IReadOnlyList<Box> boxes, int pageStart, int next, bool floatsOnTop)
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
            // A heading needs two lines of its section after it on the page, not one (spacers and rules
            // between them are not lines). A section of one line, ending where the next heading starts, has no more to give.
            if (at < boxes.Count && !boxes[at].Heading && HeadingAbove(boxes, pageStart, at) is { } heading) at = heading;
            if (at == before) break;
        }
        return at > pageStart || (floatsOnTop && at == pageStart) ? at : next;
    }

    /// <summary>The heading with fewer than <see cref="MinLines"/> lines after it before <paramref name="at"/>, if any.</summary>
    private static int? HeadingAbove(IReadOnlyList<Box> boxes, int pageStart, int at)
    {
        var lines = 0;
        for (var k = at - 1; k >= pageStart && lines < MinLines; k--)
        {
            if (boxes[k].Heading) return k;
            if (boxes[k].Items.Any(i => i is TextItem or ImageItem)) lines++;
        }
        return null;
    }
}
