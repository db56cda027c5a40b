using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

internal static class TableRenderer
{
    public static void Write(XhtmlRenderer r, Table table)
    {
        if (table.Header.Count == 0 && table.Body.Count == 0) return;
        // On a phone a wide table scrolls inside its own box instead of widening the page; the box
        // takes the keyboard focus, so it can be scrolled without a pointer (WCAG 2.1.1).
        r.Start("div", "table-wrap");
        r.Attribute("tabindex", "0");
        r.Newline();
        r.Start("table");
        r.Newline();
        WriteSection(r, table, "thead", "th", table.Header);
        WriteSection(r, table, "tbody", "td", table.Body);
        r.End();
        r.Newline();
        r.End();
        r.Newline();
    }

    private static void WriteSection(XhtmlRenderer r, Table table, string section, string cell, IReadOnlyList<TableRow> rows)
    {
        if (rows.Count == 0) return;
        r.Start(section);
        r.Newline();
        foreach (var row in rows)
        {
            r.Start("tr");
            var column = 0;
            foreach (var c in row.Cells)
            {
                var first = column == 0;
                var align = c.Align != ColumnAlign.Default ? c.Align
                    : column < table.Alignments.Count ? table.Alignments[column] : ColumnAlign.Default;
                r.Start(cell, align == ColumnAlign.Default ? null : $"align-{align.ToString().ToLowerInvariant()}");
                if (c.ColumnSpan > 1) r.Attribute("colspan", c.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture));
                // A page that begins with the row is marked in its first cell: a row holds only cells.
                if (first) r.Marks.Before(r, row);
                r.Inlines(c.Content);
                r.End();
                column += Math.Max(1, c.ColumnSpan);
            }
            r.End();
            r.Newline();
        }
        r.End();
        r.Newline();
    }
}
