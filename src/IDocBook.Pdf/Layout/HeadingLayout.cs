using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Headings: a sans face stepping down by level, a destination for links and bookmarks, and
/// keep-with-next so a heading never ends a page.
/// </summary>
internal static class HeadingLayout
{
    public static List<Box> Layout(Heading heading, float width, LayoutContext c)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var style = c.Type.Heading(level);
        var content = InlineFlattener.Flatten(heading.Content, style, c);
        if (heading.Number is { } number) content.Insert(0, new StyledText(number + "  ", style));
        var spec = new ParagraphSpec(content, width) { Align = TextAlign.Left, LineHeight = 1.35f, Source = heading.Source };
        var boxes = ParagraphBoxes.Make(spec, c, level == 1 ? style.Size * 1.5f : style.Size * 1.1f);
        // An empty heading sets no line but is still in the contents and the outline: its destination must exist.
        if (boxes.Count == 0) boxes.Add(new Box(0, []));
        var anchor = heading.Attributes.Id is { } id ? new DestinationItem(c.Destinations.For(c.Chapter.Id, id), 0, 0) : null;
        for (var i = 0; i < boxes.Count; i++)
            boxes[i] = boxes[i] with
            {
                KeepWithNext = true,
                Heading = true,
                Group = null,
                Items = i == 0 && anchor is not null ? [anchor, .. boxes[i].Items] : boxes[i].Items,
            };
        // A chapter title gets room below it before the text starts.
        if (level == 1) boxes.Add(new Box(style.Size * 0.6f, []) { KeepWithNext = true });
        return boxes;
    }
}
