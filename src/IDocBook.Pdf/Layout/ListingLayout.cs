using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// A listing: the file name above its code (kept with it), the code, and "Listing 2-1: caption"
/// under it, kept with the code's last line so a caption never starts a page on its own.
/// </summary>
internal static class ListingLayout
{
    public static List<Box> Layout(Listing listing, float width, LayoutContext c, BlockEnv env)
    {
        var boxes = new List<Box>();
        var small = c.Type.Body with { Size = c.Type.BodySize * 0.85f, Color = c.Type.Muted };
        if (listing.FileName is { } file)
        {
            var spec = new ParagraphSpec([new StyledText(c.Labels.FileName + c.Labels.Colon, small), new StyledText(file, c.Type.Code with { Size = small.Size * 0.95f, Color = c.Type.Muted })], width)
                { Align = TextAlign.Left, LineHeight = 1.4f, Source = listing.Source };
            boxes.AddRange(Tagging.Tags.Wrap(ParagraphBoxes.Make(spec, c, c.Type.BodySize * 0.6f), new Tagging.StructElement("P")).Select(b => b with { KeepWithNext = true }));
        }
        var content = BlockLayout.Layout(listing.Content, width, c, env with { IndentParagraphs = false });
        // The file name sits right on the code: the code's own space above it would part them.
        if (boxes.Count > 0 && content.Count > 0) content[0] = content[0] with { SpaceBefore = c.Type.BodySize * 0.15f };
        boxes.AddRange(content);
        if (ListingCaption.Of(listing, c.Labels) is { Count: > 0 } caption)
        {
            if (boxes.Count > 0) boxes[^1] = boxes[^1] with { KeepWithNext = true };
            var style = c.Type.Body with { Size = c.Type.BodySize * 0.9f };
            var spec = new ParagraphSpec(InlineFlattener.Flatten(caption, style, c), width) { Align = TextAlign.Left, LineHeight = 1.5f, Source = listing.Source };
            boxes.AddRange(Tagging.Tags.Wrap(ParagraphBoxes.Make(spec, c, c.Type.BodySize * 0.35f), new Tagging.StructElement("Caption")));
        }
        return boxes;
    }
}
