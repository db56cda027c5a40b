using System.Globalization;
using IDocBook.Core.Model;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// The printed table of contents: parts, chapters and sections with dot leaders and the page
/// each starts on; every entry is a link. Page numbers come from the body, set first.
/// </summary>
internal static class TocLayout
{
    public static List<Box> Layout(IReadOnlyList<TocPart> parts, Func<string, int?> pageOf, string title, string destination, float width, LayoutContext c)
    {
        var heading = c.Type.Heading(1);
        var boxes = Tagging.Tags.Wrap(ParagraphBoxes.Make(new ParagraphSpec([new StyledText(title, heading)], width) { Align = TextAlign.Left, LineHeight = 1.35f }, c),
            new Tagging.StructElement("H1"));
        if (boxes.Count > 0) boxes[0] = boxes[0] with { Items = [new DestinationItem(destination, 0, 0), .. boxes[0].Items], Start = new ContentsPosition(null, null) };
        boxes.Add(new Box(heading.Size, []));
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (part.Title is not null)
                boxes.AddRange(Tagging.Tags.Wrap(ParagraphBoxes.Make(new ParagraphSpec([new StyledText(part.Title, c.Type.Heading(3))], width) { Align = TextAlign.Left }, c, c.Type.BodySize * 0.8f),
                        new Tagging.StructElement("TOCI"))
                    .Select(b => b with { KeepWithNext = true, Group = null, Start = new ContentsPosition(null, null, p) }));
            foreach (var entry in part.Entries) Entry(boxes, entry, 0, pageOf, width, c);
        }
        return Tagging.Tags.Wrap(boxes, new Tagging.StructElement("TOC"));
    }

    private static void Entry(List<Box> boxes, TocEntry entry, int depth, Func<string, int?> pageOf, float width, LayoutContext c)
    {
        var destination = c.Destinations.For(entry.ChapterId, entry.Anchor);
        var style = depth == 0 ? c.Type.Body with { Font = Fonts.FontRole.BodyBold } : c.Type.Body;
        var number = pageOf(destination)?.ToString(CultureInfo.InvariantCulture) ?? "";
        var numberWidth = c.Text.Measure(number, style);
        var indent = depth * c.Type.BodySize * 1.5f;
        var textWidth = width - indent - numberWidth - c.Type.BodySize * 2;
        var title = (entry.Number is null ? "" : entry.Number + "  ") + entry.Title;
        var lines = c.Text.Layout(new ParagraphSpec([new StyledText(title, style)], textWidth) { Align = TextAlign.Left, LineHeight = 1.7f });
        var link = new LinkRef(null, destination);
        // An entry is a TOCI holding a Link: its title and page number are the link's text.
        var tag = new Tagging.StructElement("Link") { Parent = new Tagging.StructElement("TOCI") };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var items = new List<PageItem>
            {
                new TextItem(indent, line.Baseline, line) { Tag = tag },
                new LinkItem(indent, 0, width - indent, line.Height, link) { Text = title, Tag = tag },
            };
            if (i == lines.Count - 1 && number.Length > 0)
            {
                items.AddRange(Leaders(indent + line.Width, width - numberWidth, line.Baseline, c).Select(l => l with { Tag = Tagging.StructElement.Artifact }));
                items.AddRange(Single(number, style, width - numberWidth, line.Baseline, c).Select(n => n with { Tag = tag }));
            }
            boxes.Add(new Box(line.Height, items)
            {
                SpaceBefore = i == 0 && depth == 0 ? c.Type.BodySize * 0.3f : 0, KeepWithNext = i < lines.Count - 1,
                Start = new ContentsPosition(entry.ChapterId, entry.Anchor),
            });
        }
        foreach (var child in entry.Children) Entry(boxes, child, depth + 1, pageOf, width, c);
    }

    // Dots on a common grid, so leaders of different lines line up in columns.
    private static IEnumerable<PageItem> Leaders(float from, float to, float baseline, LayoutContext c)
    {
        var style = c.Type.Body with { Color = c.Type.Muted };
        var pitch = c.Type.BodySize * 0.6f;
        var start = MathF.Ceiling((from + pitch) / pitch) * pitch;
        var count = Math.Max(0, (int)((to - pitch * 0.5f - start) / pitch));
        if (count == 0) return [];
        var dots = new string('.', count);
        return c.Text.Layout(new ParagraphSpec([new StyledText(dots, style)], to - start + 1) { Align = TextAlign.Left, Preformatted = true })
            .Take(1).Select(line => new TextItem(start, baseline, line with { Runs = [.. line.Runs.Select(r => Spread(r, pitch))] }));
    }

    private static GlyphRun Spread(GlyphRun run, float pitch) => run with { X = [.. run.X.Select((_, i) => i * pitch)], Width = run.X.Length * pitch };

    private static IEnumerable<PageItem> Single(string text, TextStyle style, float x, float baseline, LayoutContext c) =>
        c.Text.Layout(new ParagraphSpec([new StyledText(text, style)], c.Text.Measure(text, style) + 1) { Align = TextAlign.Left })
            .Take(1).Select(l => new TextItem(x, baseline, l));
}
