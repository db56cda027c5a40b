using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown.Html;

/// <summary>Maps a raw <c>&lt;table&gt;</c> to a model table: rows from thead/tbody/tfoot, cells with alignment and colspan.</summary>
internal static class HtmlTable
{
    public static Table Map(HtmlElement table, HtmlMapper mapper)
    {
        var header = new List<TableRow>();
        var body = new List<TableRow>();
        foreach (var (row, inHead) in Rows(table, false))
            (inHead ? header : body).Add(new TableRow([.. row.Children.OfType<HtmlElement>()
                .Where(c => c.Name is "td" or "th")
                .Select(c => new TableCell(HtmlMapper.Trim(mapper.Inlines(c.Children)), Align(c), ColumnSpan(c)) { Source = c.Source })])
            { Source = row.Source });

        if (header.Count == 0 && body.Count > 0 && FirstRowIsHeading(table))
        {
            header.Add(body[0]);
            body.RemoveAt(0);
        }
        var columns = header.Concat(body).Select(r => r.Cells.Sum(c => c.ColumnSpan)).DefaultIfEmpty(0).Max();
        return new Table([.. Enumerable.Repeat(ColumnAlign.Default, columns)], header, body, table.Source);
    }

    private static IEnumerable<(HtmlElement Row, bool InHead)> Rows(HtmlElement e, bool inHead)
    {
        foreach (var child in e.Children.OfType<HtmlElement>())
        {
            if (child.Name == "tr") yield return (child, inHead);
            else if (child.Name is "thead" or "tbody" or "tfoot")
                foreach (var row in Rows(child, child.Name == "thead")) yield return row;
        }
    }

    private static bool FirstRowIsHeading(HtmlElement table)
    {
        var first = Rows(table, false).Select(r => r.Row).FirstOrDefault();
        var cells = first?.Children.OfType<HtmlElement>().Where(c => c.Name is "td" or "th").ToList() ?? [];
        return cells.Count > 0 && cells.All(c => c.Name == "th");
    }

    private static ColumnAlign Align(HtmlElement cell) => HtmlMapper.Alignment(cell.Tag) switch
    {
        "left" => ColumnAlign.Left,
        "center" => ColumnAlign.Center,
        "right" => ColumnAlign.Right,
        _ => ColumnAlign.Default,
    };

    private static int ColumnSpan(HtmlElement cell) =>
        int.TryParse(cell.Tag.Get("colspan"), out var span) && span is > 1 and <= 1000 ? span : 1;
}
