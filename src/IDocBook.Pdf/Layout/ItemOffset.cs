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
        PathItem p => p with { X = p.X + dx, Y = p.Y + dy },
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
    /// <summary>
    /// Moves boxes right. The paginator knows the rows of one table by the header list they share,
    /// so each header list is moved once and stays shared by the moved rows.
    /// </summary>
    public static List<Box> Indent(IEnumerable<Box> boxes, float dx)
    {
        if (dx == 0) return [.. boxes];
        var headers = new Dictionary<IReadOnlyList<Box>, IReadOnlyList<Box>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<Box>? Header(IReadOnlyList<Box>? header) =>
            header is null ? null : headers.TryGetValue(header, out var moved) ? moved : headers[header] = Indent(header, dx);
        return [.. boxes.Select(b => b with { Items = [.. ItemOffset.Move(b.Items, dx, 0)], RepeatOnBreak = Header(b.RepeatOnBreak) })];
    }
}
