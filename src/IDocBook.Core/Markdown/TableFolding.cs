using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown;

/// <summary>Narrows a table to a number of columns by joining the cells beyond it into the last column, " | " between them, so no text is lost.</summary>
internal static class TableFolding
{
    public static Table Fold(Table table, int columns) => table with
    {
        Alignments = [.. table.Alignments.Take(columns)],
        Header = [.. table.Header.Select(r => Row(r, columns))],
        Body = [.. table.Body.Select(r => Row(r, columns))],
    };

    private static TableRow Row(TableRow row, int columns)
    {
        var kept = new List<TableCell>();
        var folded = new List<Inline>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column < columns - 1)
            {
                var span = Math.Min(cell.ColumnSpan, columns - 1 - column);
                kept.Add(cell with { ColumnSpan = Math.Max(1, span) });
                column += Math.Max(1, span);
                continue;
            }
            if (folded.Count > 0) folded.Add(new Model.Text(" | ", cell.Source));
            folded.AddRange(cell.Content);
        }
        if (folded.Count > 0) kept.Add(new TableCell(folded, ColumnAlign.Default) { Source = row.Cells[^1].Source });
        return row with { Cells = kept };
    }
}
