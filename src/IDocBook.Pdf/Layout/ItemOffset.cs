using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Layout;

/// <summary>Moves page items: boxes are laid out at (0,0) and placed on pages later.</summary>
internal static class ItemOffset
{
    public static PageItem Move(PageItem item, float dx, float dy) => item switch
    {
        TextItem t => t with { X = t.X + dx, Baseline = t.Baseline + dy },
        RectItem r => r with { X = r.X + dx, Y = r.Y + dy },
        LineItem l => l with { X1 = l.X1 + dx, Y1 = l.Y1 + dy, X2 = l.X2 + dx, Y2 = l.Y2 + dy },
        ImageItem i => i with { X = i.X + dx, Y = i.Y + dy },
        LinkItem l => l with { X = l.X + dx, Y = l.Y + dy },
        DestinationItem d => d with { X = d.X + dx, Y = d.Y + dy },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "unknown page item"),
    };

    public static IEnumerable<PageItem> Move(IEnumerable<PageItem> items, float dx, float dy) =>
        dx == 0 && dy == 0 ? items : items.Select(i => Move(i, dx, dy));
}

/// <summary>Box-level moves, used by containers that indent their content (lists, quotes).</summary>
internal static class BoxOffset
{
    public static Box Indent(Box box, float dx) => dx == 0 ? box : box with
    {
        Items = [.. ItemOffset.Move(box.Items, dx, 0)],
        Footnotes = box.Footnotes,
        RepeatOnBreak = box.RepeatOnBreak?.Select(b => Indent(b, dx)).ToList(),
    };

    public static List<Box> Indent(IEnumerable<Box> boxes, float dx) => [.. boxes.Select(b => Indent(b, dx))];
}
