using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// A drawn diagram: its scene as vector paths and its labels as text set in the label fonts (real,
/// selectable text, shaped like the body), centred, scaled down to the measure and to what a page
/// can hold (never up), with its title as a caption.
/// </summary>
internal static class DiagramLayout
{
    /// <summary>Labels drawn smaller than this are hard to read: the author hears of it.</summary>
    public const float SmallestLabel = 6f;

    public static List<Box> Layout(Diagram diagram, float width, LayoutContext c)
    {
        var scene = diagram.Scene;
        var scale = Scale(scene, width, c.MaxBoxHeight);
        var (w, h) = (scene.Width * scale, scene.Height * scale);
        var left = (width - w) / 2;
        var items = new List<PageItem>(scene.Shapes.Count + scene.Texts.Count);
        foreach (var shape in scene.Shapes)
            items.Add(new PathItem(left, 0, scale, shape.Path, shape.Fill, shape.Stroke, shape.StrokeWidth, shape.Dash));
        foreach (var text in scene.Texts)
        {
            var style = new TextStyle(text.Bold ? FontRole.LabelBold : FontRole.Label, text.Size * scale, text.Color); // no slanted labels: the label chain has no italic, and the stage measured them upright
            var lines = c.Text.Layout(new ParagraphSpec([new StyledText(text.Text, style)], float.MaxValue / 4) { Align = TextAlign.Left, Preformatted = true, Source = diagram.Source });
            if (lines.Count > 0) items.Add(new TextItem(left + text.X * scale, text.Baseline * scale, lines[0]));
        }
        var gap = c.Type.BodySize * 0.8f;
        // Paths and labels are one Figure, read by its description (or its Mermaid source).
        var figure = new Tagging.StructElement("Figure") { Alt = diagram.Description ?? diagram.Code.Trim() };
        var boxes = Tagging.Tags.Wrap([new(h, items) { SpaceBefore = gap, KeepWithNext = diagram.Title is not null }], figure);
        if (diagram.Title is { Length: > 0 } title)
        {
            var style = c.Type.Body with { Size = c.Type.BodySize * 0.9f, Color = c.Type.Muted };
            boxes.AddRange(Tagging.Tags.Wrap(ParagraphBoxes.Make(new ParagraphSpec([new StyledText(title, style)], width) { Align = TextAlign.Center, LineHeight = 1.5f, Source = diagram.Source }, c, c.Type.BodySize * 0.3f),
                new Tagging.StructElement("Caption")));
        }
        return boxes;
    }

    /// <summary>Natural size, or smaller to fit <paramref name="width"/> and <paramref name="maxHeight"/>.</summary>
    public static float Scale(DiagramScene scene, float width, float maxHeight) =>
        Math.Min(1, Math.Min(width / Math.Max(1, scene.Width), maxHeight / Math.Max(1, scene.Height)));

    /// <summary>
    /// Warns about each diagram that the page makes so small its labels are hard to read. Done on the
    /// book rather than while laying out, so a chapter whose layout is reused (watch) still warns.
    /// </summary>
    public static void ReportSmall(Book book, float width, float maxHeight, DiagnosticSink sink)
    {
        foreach (var diagram in book.Chapters.SelectMany(ch => Walk.Blocks(ch.Blocks)).OfType<Diagram>())
        {
            var scale = Scale(diagram.Scene, width, maxHeight);
            var smallest = diagram.Scene.Texts.Select(t => t.Size).DefaultIfEmpty(SmallestLabel).Min() * scale;
            if (smallest >= SmallestLabel) continue;
            sink.Report(Codes.DiagramScaledDown,
                $"The diagram is {diagram.Scene.Width:0} × {diagram.Scene.Height:0} pt and is printed at {scale:P0} of its size, with labels of {smallest:0.#} pt.",
                diagram.Source, "Split it into smaller diagrams, or turn a tall one sideways with 'flowchart LR', to keep its labels readable.");
        }
    }
}
