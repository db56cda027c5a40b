using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// Saddle-stitch imposition: two pages side by side on a landscape sheet twice the page's width,
/// in the order that, printed duplex and flipped on the short edge, folded once and stapled,
/// reads as the book. Blank pages pad the book to a multiple of four at the end.
/// </summary>
/// <remarks>
/// The sheets are ordinary pages of items (text stays text, links stay links), so the PDF writer
/// needs to know nothing about imposition. Page labels no longer match sheets and are dropped; the
/// outline still opens the right place, as destinations move with their page.
/// </remarks>
public static class Booklet
{
    public static PagedDocument Impose(PagedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Pages.Count == 0) return document;
        var first = document.Pages[0];
        var order = SheetOrder(document.Pages.Count);
        var sheets = new List<Page>(order.Count / 2);
        for (var i = 0; i < order.Count; i += 2)
        {
            var items = new List<PageItem>();
            Place(document.Pages, order[i], 0, items);
            Place(document.Pages, order[i + 1], first.Width, items);
            sheets.Add(new Page(first.Width * 2, first.Height, items));
        }
        return document with { Pages = sheets, Labels = [] };
    }

    /// <summary>
    /// The page indices (0-based; at or past <paramref name="pages"/> means blank) of each sheet side,
    /// left then right, sides in printing order: front of sheet 1, its back, front of sheet 2 …
    /// </summary>
    public static IReadOnlyList<int> SheetOrder(int pages)
    {
        var padded = (pages + 3) / 4 * 4;
        var order = new List<int>(padded);
        for (var sheet = 0; sheet < padded / 4; sheet++)
        {
            // Front: the outermost unplaced pair, last page on the left. Back: the next pair, mirrored.
            order.Add(padded - 1 - 2 * sheet);
            order.Add(2 * sheet);
            order.Add(2 * sheet + 1);
            order.Add(padded - 2 - 2 * sheet);
        }
        return order;
    }

    private static void Place(IReadOnlyList<Page> pages, int index, float dx, List<PageItem> items)
    {
        if (index >= pages.Count) return;
        foreach (var item in pages[index].Items) items.Add(Shift(item, dx));
    }

    private static PageItem Shift(PageItem item, float dx) => item switch
    {
        TextItem t => t with { X = t.X + dx },
        RectItem r => r with { X = r.X + dx },
        LineItem l => l with { X1 = l.X1 + dx, X2 = l.X2 + dx },
        ImageItem i => i with { X = i.X + dx },
        LinkItem l => l with { X = l.X + dx },
        DestinationItem d => d with { X = d.X + dx },
        _ => throw new NotSupportedException($"Unknown page item {item.GetType().Name}."),
    };
}
