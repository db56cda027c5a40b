using System.Globalization;
using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Figures: the image scaled to fit the measure (CSS pixels at 96 dpi, never enlarged, never
/// taller than <see cref="MaxHeight"/>), centred, with its caption (the image's title or a <c>figcaption</c>, never its alt text).
/// A missing image becomes a visible framed placeholder with its alt text.
/// </summary>
internal static class FigureLayout
{
    private const float MaxHeight = 520f;
    private const float PointsPerPixel = 0.75f;

    public static List<Box> Layout(Figure figure, float width, LayoutContext c)
    {
        var image = figure.Image;
        var gap = c.Type.BodySize * 0.8f;
        var resource = image.ResourceHref is { } href ? c.Book.FindResource(href) : null;
        var size = resource is null ? null : ImageSize.Of(resource.MediaType, resource.Data);
        var boxes = new List<Box>();
        if (resource is null || size is null)
            boxes.Add(Placeholder(image, width, c) with { SpaceBefore = gap });
        else
        {
            var (w, h) = Scaled(size.Value, image.Attributes, width);
            // A figure is read by its alt text; an image without one is still named, as PDF/UA asks.
            var tag = new Tagging.StructElement("Figure") { Alt = image.Alt.Trim().Length > 0 ? image.Alt.Trim() : c.Labels.Image };
            boxes.Add(new Box(h, [new ImageItem((width - w) / 2, 0, w, h, resource.MediaType, resource.Data) { Tag = tag }]) { SpaceBefore = gap, KeepWithNext = true });
        }
        // The reader made the caption from the title or <figcaption>; alt text is never a caption.
        var caption = figure.Caption;
        if (caption.Count > 0)
        {
            var style = c.Type.Body with { Size = c.Type.BodySize * 0.9f, Color = c.Type.Muted };
            boxes.AddRange(Tagging.Tags.Wrap(ParagraphBoxes.Make(new ParagraphSpec(InlineFlattener.Flatten(caption, style, c), width) { Align = TextAlign.Center, LineHeight = 1.5f, Source = figure.Source }, c, c.Type.BodySize * 0.3f),
                new Tagging.StructElement("Caption")));
        }
        // A drawn image floats with its caption; a placeholder is only a line or two and stays in place.
        if (resource is not null && size is not null) boxes[0] = boxes[0] with { Float = boxes.Count };
        return boxes;
    }

    private static (float W, float H) Scaled((float W, float H) pixels, Attributes attributes, float width)
    {
        var w = pixels.W * PointsPerPixel;
        var h = pixels.H * PointsPerPixel;
        if (float.TryParse(attributes.Get("width")?.TrimEnd('p', 'x'), NumberStyles.Float, CultureInfo.InvariantCulture, out var asked) && asked > 0)
        {
            h *= asked * PointsPerPixel / w;
            w = asked * PointsPerPixel;
        }
        var scale = Math.Min(1, Math.Min(width / w, MaxHeight / h));
        return (w * scale, h * scale);
    }

    private static Box Placeholder(Image image, float width, LayoutContext c)
    {
        var text = $"[{c.Labels.Image}: {(image.Alt.Length > 0 ? image.Alt : image.Url)}]";
        var style = c.Type.Body with { Color = c.Type.Muted };
        var lines = ParagraphBoxes.Make(new ParagraphSpec([new StyledText(text, style)], width * 0.8f) { Align = TextAlign.Center }, c);
        var height = lines.Sum(l => l.Height) + c.Type.BodySize;
        var items = new List<PageItem> { new RectItem(width * 0.1f, 0, width * 0.8f, height, 0, c.Type.Rule, 0.8f) };
        var y = c.Type.BodySize / 2;
        foreach (var line in lines)
        {
            items.AddRange(ItemOffset.Move(line.Items, width * 0.1f, y));
            y += line.Height;
        }
        return Tagging.Tags.Wrap([new Box(height, items)], new Tagging.StructElement("P"))[0];
    }
}
