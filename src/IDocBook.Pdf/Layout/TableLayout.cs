using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Tables: column widths as CSS's automatic table layout makes them (each column at least its
/// min-content width, its longest word or unbreakable code; the room left shared by how much more
/// each column would like up to its max-content width; a table that fits keeps its natural width),
/// CJK wrapping inside cells, the cells of a row on one first baseline, ruled cells, and the header
/// rows repeated at the top of every page the table continues on.
/// </summary>
internal static class TableLayout
{
    public static List<Box> Layout(Table table, float width, LayoutContext c)
    {
        var columns = Math.Max(table.Alignments.Count, table.Header.Concat(table.Body).Select(r => r.Cells.Sum(x => x.ColumnSpan)).DefaultIfEmpty(0).Max());
        if (columns == 0) return [];
        var pad = c.Type.BodySize * 0.4f;
        var widths = ColumnWidths(table, columns, width, pad, c);
        var header = table.Header.SelectMany(r => Row(r, widths, table.Alignments, true, pad, c)).Select(b => b with { KeepWithNext = true }).ToList();
        var body = table.Body.SelectMany(r => Row(r, widths, table.Alignments, false, pad, c)).Select(b => b with { RepeatOnBreak = header }).ToList();
        var boxes = header.Concat(body).ToList();
        if (boxes.Count > 0) boxes[0] = boxes[0] with { SpaceBefore = c.Type.BodySize * 0.6f };
        return boxes;
    }

    /// <summary>A row as one box, or as several slices when it is taller than a page can hold.</summary>
    private static List<Box> Row(TableRow row, float[] widths, IReadOnlyList<ColumnAlign> aligns, bool header, float pad, LayoutContext c)
    {
        var style = header ? c.Type.Body with { Font = Fonts.FontRole.BodyBold } : c.Type.Body;
        var cells = new List<(float X, float W, List<Box> Lines)>();
        var column = 0;
        var x = 0f;
        foreach (var cell in row.Cells)
        {
            if (column >= widths.Length) break;
            var span = Math.Min(cell.ColumnSpan, widths.Length - column);
            var w = 0f;
            for (var k = column; k < column + span; k++) w += widths[k];
            var spec = CellSpec(cell, aligns, column, style, Math.Max(1, w - 2 * pad), c);
            var cellTag = new Tagging.StructElement(header ? "TH" : "TD") { Attributes = header ? "<</O /Table /Scope /Column>>" : null };
            cells.Add((x, w, Tagging.Tags.Wrap(ParagraphBoxes.Make(spec, c), cellTag)));
            x += w;
            column += span;
        }
        ShareFirstBaseline(cells);
        var slices = new List<Box>();
        var tr = new Tagging.StructElement("TR");
        var taken = new int[cells.Count];
        while (slices.Count == 0 || cells.Select((cl, i) => taken[i] < cl.Lines.Count).Any(more => more))
        {
            // Each cell gives the lines that fit in this slice; every slice takes at least one line of each unfinished cell.
            var room = c.MaxBoxHeight - 2 * pad;
            var parts = cells.Select((cl, i) =>
            {
                var lines = new List<Box>();
                var used = 0f;
                while (taken[i] < cl.Lines.Count && (lines.Count == 0 || used + cl.Lines[taken[i]].Height <= room))
                {
                    used += cl.Lines[taken[i]].Height;
                    lines.Add(cl.Lines[taken[i]++]);
                }
                return lines;
            }).ToList();
            var slice = Tagging.Tags.Wrap([Slice(cells, parts, widths.Sum(), header, pad, c)], tr)[0];
            slices.Add(slices.Count == 0 ? slice with { Start = PageStarts.At(row, 0, c) } : slice);
        }
        return slices;
    }

    private static Box Slice(List<(float X, float W, List<Box> Lines)> cells, List<List<Box>> parts, float width, bool header, float pad, LayoutContext c)
    {
        var height = parts.Select(p => p.Sum(b => b.Height)).DefaultIfEmpty(0).Max() + 2 * pad;
        var items = new List<PageItem>();
        if (header) items.Add(new RectItem(0, 0, width, height, c.Type.TableHeader));
        for (var i = 0; i < cells.Count; i++)
        {
            items.Add(new RectItem(cells[i].X, 0, cells[i].W, height, 0, c.Type.Rule, 0.5f));
            var y = pad;
            foreach (var line in parts[i])
            {
                items.AddRange(ItemOffset.Move(line.Items, cells[i].X + pad, y));
                y += line.Height;
            }
        }
        return new Box(height, items) { Footnotes = [.. parts.SelectMany(p => p).SelectMany(b => b.Footnotes)] };
    }

    private static ParagraphSpec CellSpec(TableCell cell, IReadOnlyList<ColumnAlign> aligns, int column, TextStyle style, float width, LayoutContext c)
    {
        var align = (cell.Align == ColumnAlign.Default && column < aligns.Count ? aligns[column] : cell.Align) switch
        {
            ColumnAlign.Center => TextAlign.Center,
            ColumnAlign.Right => TextAlign.Right,
            _ => TextAlign.Left,
        };
        return new ParagraphSpec(InlineFlattener.Flatten(cell.Content, style, c), width) { Align = align, LineHeight = 1.5f, Source = cell.Source, HyphenateOnlyWhatCannotFit = true };
    }

    /// <summary>Moves each cell's lines down so every cell's first baseline is the lowest of them (a cell starting with smaller code text sits on the same line as its neighbours).</summary>
    private static void ShareFirstBaseline(List<(float X, float W, List<Box> Lines)> cells)
    {
        static float? First(List<Box> lines) => lines.Count > 0 ? lines[0].Items.OfType<TextItem>().FirstOrDefault()?.Baseline : null;
        var lowest = cells.Select(cl => First(cl.Lines) ?? 0).DefaultIfEmpty(0).Max();
        foreach (var (_, _, lines) in cells)
        {
            if (First(lines) is not { } baseline || baseline >= lowest - 0.01f) continue;
            var drop = lowest - baseline;
            lines[0] = lines[0] with { Height = lines[0].Height + drop, Items = [.. ItemOffset.Move(lines[0].Items, 0, drop)] };
        }
    }

    private static float[] ColumnWidths(Table table, int columns, float width, float pad, LayoutContext c)
    {
        var max = new float[columns];
        var min = new float[columns];
        var floor = 2 * pad + c.Type.BodySize;
        Array.Fill(max, floor);
        Array.Fill(min, floor);
        foreach (var (rows, header) in new[] { (table.Header, true), (table.Body, false) })
        {
            var style = header ? c.Type.Body with { Font = Fonts.FontRole.BodyBold } : c.Type.Body;
            foreach (var row in rows)
            {
                var column = 0;
                foreach (var cell in row.Cells)
                {
                    if (column >= columns) break;
                    if (cell.ColumnSpan == 1)
                    {
                        var content = c.Text.Widths(CellSpec(cell, table.Alignments, column, style, width, c));
                        min[column] = Math.Max(min[column], content.Min + 2 * pad);
                        max[column] = Math.Max(max[column], content.Max + 2 * pad);
                    }
                    column += cell.ColumnSpan;
                }
            }
        }
        var totalMax = max.Sum();
        if (totalMax <= width) return max;
        var totalMin = min.Sum();
        // Words wider than their share are hyphenated (or, in code, broken) rather than overflowing the page.
        if (totalMin >= width) return [.. min.Select(m => m * width / totalMin)];
        var wish = max.Select((m, i) => m - min[i]).ToArray();
        var totalWish = Math.Max(1e-3f, wish.Sum());
        return [.. min.Select((m, i) => m + (width - totalMin) * wish[i] / totalWish)];
    }
}
