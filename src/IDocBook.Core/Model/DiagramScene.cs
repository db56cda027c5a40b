namespace IDocBook.Core.Model;

/// <summary>
/// A laid-out diagram, resolution-independent: in points at its natural size, y downwards, the
/// origin at the top-left corner. Shapes are painted in order, then the texts over them. Writers
/// scale the whole scene; they never lay anything out again.
/// </summary>
public sealed record DiagramScene(float Width, float Height, IReadOnlyList<SceneShape> Shapes, IReadOnlyList<SceneText> Texts);

/// <summary>
/// A filled and/or stroked path. Colours are 0xAARRGGBB, 0 for none. <see cref="Role"/> says what
/// the shape is (<c>node</c>, <c>cluster</c>, <c>edge</c>, <c>arrowhead</c>, <c>label</c>, <c>actor</c>,
/// <c>lifeline</c>, <c>message</c>, <c>note</c>, <c>activation</c>, <c>frame</c>): the SVG names it as a class.
/// </summary>
public sealed record SceneShape(string Role, IReadOnlyList<PathSegment> Path, uint Fill, uint Stroke, float StrokeWidth)
{
    /// <summary>Dash and gap lengths in points; empty for a solid line.</summary>
    public IReadOnlyList<float> Dash { get; init; } = [];
}

public enum PathVerb { MoveTo, LineTo, CubicTo, Close }

/// <summary>
/// One step of a path: a move or line to (<see cref="X"/>, <see cref="Y"/>), or a cubic Bézier through
/// control points (X1, Y1), (X2, Y2) to (X, Y).
/// </summary>
public readonly record struct PathSegment(PathVerb Verb, float X, float Y, float X1 = 0, float Y1 = 0, float X2 = 0, float Y2 = 0);

/// <summary>
/// One line (or one styled run of a line) of a label, set from its left end at <see cref="X"/> on the
/// baseline <see cref="Baseline"/>. <see cref="Width"/> is its advance as the diagram stage measured it
/// with the label font: the layout made room for exactly that.
/// </summary>
public sealed record SceneText(float X, float Baseline, string Text, float Size, float Width, uint Color)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
}
