using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Tables: column widths from content (each column gets its widest word, the rest is shared by
/// how much more each column would like), CJK wrapping inside cells, ruled cells, and the header
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
            var w = widths.Skip(column).Take(span).Sum();
            var align = (cell.Align == ColumnAlign.Default && column < aligns.Count ? aligns[column] : cell.Align) switch
            {
                ColumnAlign.Center => TextAlign.Center,
                ColumnAlign.Right => TextAlign.Right,
                _ => TextAlign.Left,
            };
            var spec = new ParagraphSpec(InlineFlattener.Flatten(cell.Content, style, c), Math.Max(1, w - 2 * pad)) { Align = align, LineHeight = 1.5f, Source = cell.Source };
            var cellTag = new Tagging.StructElement(header ? "TH" : "TD") { Attributes = header ? "<</O /Table /Scope /Column>>" : null };
            cells.Add((x, w, Tagging.Tags.Wrap(ParagraphBoxes.Make(spec, c), cellTag)));
            x += w;
            column += span;
        }
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

    private static float[] ColumnWidths(Table table, int columns, float width, float pad, LayoutContext c)
    {
        var natural = new float[columns];
        var minimum = new float[columns];
        foreach (var row in table.Header.Concat(table.Body))
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (column >= columns) break;
                if (cell.ColumnSpan == 1)
                {
                    var text = InlineText.Of(cell.Content);
                    natural[column] = Math.Max(natural[column], c.Text.Measure(text, c.Type.Body) + 2 * pad);
                    var longest = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => w.Any(ch => Core.Text.Cjk.IsWide(ch)) ? w[..1] : w).DefaultIfEmpty("").MaxBy(w => w.Length)!;
                    minimum[column] = Math.Max(minimum[column], Math.Min(c.Text.Measure(longest, c.Type.Body), width / 3) + 2 * pad);
                }
                column += cell.ColumnSpan;
            }
        }
        for (var i = 0; i < columns; i++) minimum[i] = Math.Max(minimum[i], 2 * pad + c.Type.BodySize);
        var totalNatural = natural.Sum();
        if (totalNatural <= width)
            return [.. natural.Select(n => Math.Max(n, 2 * pad + c.Type.BodySize) * width / Math.Max(1, natural.Select(m => Math.Max(m, 2 * pad + c.Type.BodySize)).Sum()))];
        var totalMinimum = minimum.Sum();
        if (totalMinimum >= width) return [.. minimum.Select(m => m * width / totalMinimum)];
        var wish = natural.Select((n, i) => Math.Max(0, n - minimum[i])).ToArray();
        var totalWish = Math.Max(1e-3f, wish.Sum());
        return [.. minimum.Select((m, i) => m + (width - totalMinimum) * wish[i] / totalWish)];
    }
}
