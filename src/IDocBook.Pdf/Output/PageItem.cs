using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// What a page holds, in points from the page's top-left corner. A closed set: the PDF writer
/// is only a converter from these to PDF operators (typst's frames, QuestPDF's canvas).
/// </summary>
public abstract record PageItem
{
    /// <summary>The structure element whose content this item draws; null for an artifact (running head, rule, background).</summary>
    public Tagging.StructElement? Tag { get; init; }
}

/// <summary>A set line of text with its baseline at (<see cref="X"/>, <see cref="Baseline"/>).</summary>
public sealed record TextItem(float X, float Baseline, TextLine Line) : PageItem;

/// <summary>A filled and/or stroked rectangle (code background, table rules). 0 means none.</summary>
public sealed record RectItem(float X, float Y, float Width, float Height, uint Fill, uint Stroke = 0, float StrokeWidth = 0) : PageItem;

/// <summary>A straight line (rules, underlines, dot leaders are text).</summary>
public sealed record LineItem(float X1, float Y1, float X2, float Y2, uint Color, float Width) : PageItem;

/// <summary>
/// A path of a drawn diagram: its points are the scene's, scaled by <see cref="Scale"/> and placed at
/// (<see cref="X"/>, <see cref="Y"/>). Fill and stroke are ARGB, 0 for none; dash lengths are scene units.
/// </summary>
public sealed record PathItem(float X, float Y, float Scale, IReadOnlyList<IDocBook.Core.Model.PathSegment> Path, uint Fill, uint Stroke, float StrokeWidth, IReadOnlyList<float> Dash) : PageItem;

/// <summary>An image scaled into the box; SVG is drawn as vectors.</summary>
public sealed record ImageItem(float X, float Y, float Width, float Height, string MediaType, byte[] Data) : PageItem;

/// <summary>A clickable area: an external URL or a named destination.</summary>
public sealed record LinkItem(float X, float Y, float Width, float Height, LinkRef Target) : PageItem
{
    /// <summary>The text the link is set on: its description for assistive technology (the annotation's /Contents).</summary>
    public string? Text { get; init; }
}

/// <summary>A named destination (target of internal links and of the outline) at this point.</summary>
public sealed record DestinationItem(string Name, float X, float Y) : PageItem;
