using IDocBook.Core.Model;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>The marks at an edge's ends, drawn between where the line stops and the tip on the node's outline.</summary>
internal static class Arrowheads
{
    public static IEnumerable<SceneShape> Draw(EndKind kind, (float X, float Y) from, (float X, float Y) tip, uint color, float width)
    {
        var (dx, dy) = (tip.X - from.X, tip.Y - from.Y);
        var length = MathF.Sqrt(dx * dx + dy * dy);
        if (length < 0.01f) yield break;
        var (ux, uy) = (dx / length, dy / length);
        var (nx, ny) = (-uy, ux);
        var half = DiagramLook.ArrowWidth / 2 + (width - DiagramLook.Stroke);
        switch (kind)
        {
            case EndKind.Arrow:
                yield return new SceneShape("arrowhead", PathBuilder.Polygon([(tip.X, tip.Y), (from.X + nx * half, from.Y + ny * half), (from.X - nx * half, from.Y - ny * half)]), color, color, width * 0.5f);
                break;
            case EndKind.Circle:
                var r = length / 2;
                yield return new SceneShape("arrowhead", PathBuilder.Ellipse(from.X + ux * r, from.Y + uy * r, r * 0.9f, r * 0.9f), DiagramLook.LabelBackground, color, width);
                break;
            case EndKind.Cross:
                var (cx, cy) = (from.X + dx / 2, from.Y + dy / 2);
                var s = length / 2;
                yield return new SceneShape("arrowhead", PathBuilder.Line(cx - (ux + nx) * s, cy - (uy + ny) * s, cx + (ux + nx) * s, cy + (uy + ny) * s), 0, color, width * 1.3f);
                yield return new SceneShape("arrowhead", PathBuilder.Line(cx - (ux - nx) * s, cy - (uy - ny) * s, cx + (ux - nx) * s, cy + (uy - ny) * s), 0, color, width * 1.3f);
                // The line stops short of the node for the cross; it runs on to the tip.
                yield return new SceneShape("arrowhead", PathBuilder.Line(from.X, from.Y, tip.X, tip.Y), 0, color, width);
                break;
        }
    }
}
