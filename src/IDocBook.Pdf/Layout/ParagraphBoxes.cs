using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Sets a paragraph and makes one box per line, with link areas over linked runs and, on the
/// line that cites a footnote, the note itself to be set at the foot of that page.
/// </summary>
internal static class ParagraphBoxes
{
    public static List<Box> Make(ParagraphSpec spec, LayoutContext c, float spaceBefore = 0)
    {
        var lines = c.Text.Layout(spec);
        var key = new object();
        var boxes = new List<Box>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // The layouter has already placed the line for its alignment: lines start at x = 0.
            var items = new List<PageItem> { new TextItem(0, line.Baseline, line) };
            var notes = new List<Box>();
            foreach (var run in line.Runs)
            {
                if (run.Link is null) continue;
                items.Add(new LinkItem(run.Left, 0, run.Width, line.Height, run.Link) { Text = run.Text });
                if (run.Link.Destination is { } dest && c.Destinations.TryFootnote(dest, out var number) && c.PlacedFootnotes.Add(number))
                    notes.AddRange(FootnoteBoxes.Make(number, dest, spec.Width, c));
            }
            boxes.Add(new Box(line.Height, items)
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                Group = new LineGroup(key, i, lines.Count),
                Footnotes = notes,
            });
        }
        return boxes;
    }
}
