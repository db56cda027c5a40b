using IDocBook.Core.Model;
using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>
/// Each node shape's size around its label, its outline for the layout (edges end on it), and the
/// paths that draw it. Sizes leave the label inside the shape: a diamond or a circle needs more room
/// than the label's box.
/// </summary>
internal static class NodeGeometry
{
    public const float PointSize = 14f, BarLength = 56f, BarThickness = 6f;

    public static (float W, float H) Size(NodeShape shape, LabelBlock label, FlowDirection direction)
    {
        var (tw, th) = (label.Width, Math.Max(label.Height, label.LineAdvance));
        var (px, py) = (DiagramLook.PadX, DiagramLook.PadY);
        var w = tw + 2 * px;
        var h = th + 2 * py;
        switch (shape)
        {
            case NodeShape.Start or NodeShape.End: return (PointSize, PointSize);
            case NodeShape.Bar: return direction is FlowDirection.LeftRight or FlowDirection.RightLeft ? (BarThickness, BarLength) : (BarLength, BarThickness);
            case NodeShape.Stadium: return (w + h / 2, h);
            case NodeShape.Subroutine: return (w + 12, h);
            case NodeShape.Circle:
            case NodeShape.DoubleCircle:
                var d = MathF.Sqrt(tw * tw + th * th) + 2 * py + (shape == NodeShape.DoubleCircle ? 8 : 0);
                return (d, d);
            case NodeShape.Diamond:
                if (label.IsEmpty) return (22, 22);
                // Half-diagonals that keep the label's corners inside: (tw/2)/a + (th/2)/b <= 1.
                var k = Math.Max(th, tw * 0.25f) + px;
                var a = tw / 2 + k;
                var b = th / 2 * a / k + py;
                return (2 * a, 2 * b);
            case NodeShape.Hexagon: return (w + h * 0.6f, h);
            case NodeShape.Parallelogram or NodeShape.ParallelogramAlt or NodeShape.Trapezoid or NodeShape.TrapezoidAlt: return (w + h * 0.7f, h);
            case NodeShape.Asymmetric: return (w + h * 0.4f, h);
            case NodeShape.Cylinder: return (w, h + 2 * CylinderRim(w));
            case NodeShape.Note: return (w + 6, h);
            default: return (w, h);
        }
    }

    /// <summary>The outline MSAGL lays out and clips edges against, centred on the origin (y up).</summary>
    public static ICurve Boundary(NodeShape shape, float w, float h)
    {
        var c = new Point(0, 0);
        return shape switch
        {
            NodeShape.Circle or NodeShape.DoubleCircle or NodeShape.Start or NodeShape.End => CurveFactory.CreateEllipse(w / 2, h / 2, c),
            NodeShape.Diamond => new Polyline(new Point(0, h / 2), new Point(w / 2, 0), new Point(0, -h / 2), new Point(-w / 2, 0)) { Closed = true },
            NodeShape.Rounded or NodeShape.Stadium => CurveFactory.CreateRectangleWithRoundedCorners(w, h, Math.Min(w, h) / 2 * (shape == NodeShape.Stadium ? 0.999 : 0.3), Math.Min(w, h) / 2 * (shape == NodeShape.Stadium ? 0.999 : 0.3), c),
            _ => CurveFactory.CreateRectangle(w, h, c),
        };
    }

    /// <summary>The paths that draw the node: the first is filled and stroked, the rest are stroked lines.</summary>
    public static List<List<PathSegment>> Paths(NodeShape shape, float cx, float cy, float w, float h)
    {
        var (x, y) = (cx - w / 2, cy - h / 2);
        var skew = h * 0.35f;
        switch (shape)
        {
            case NodeShape.Rounded: return [PathBuilder.RoundedRectangle(x, y, w, h, Math.Min(6, h * 0.3f))];
            case NodeShape.Stadium: return [PathBuilder.RoundedRectangle(x, y, w, h, h / 2)];
            case NodeShape.Subroutine: return [PathBuilder.Rectangle(x, y, w, h), PathBuilder.Line(x + 6, y, x + 6, y + h), PathBuilder.Line(x + w - 6, y, x + w - 6, y + h)];
            case NodeShape.Circle or NodeShape.Start or NodeShape.End: return [PathBuilder.Ellipse(cx, cy, w / 2, h / 2)];
            case NodeShape.DoubleCircle: return [PathBuilder.Ellipse(cx, cy, w / 2, h / 2), PathBuilder.Ellipse(cx, cy, w / 2 - 4, h / 2 - 4)];
            case NodeShape.Diamond: return [PathBuilder.Polygon([(cx, y), (x + w, cy), (cx, y + h), (x, cy)])];
            case NodeShape.Hexagon:
                var inset = h * 0.3f;
                return [PathBuilder.Polygon([(x + inset, y), (x + w - inset, y), (x + w, cy), (x + w - inset, y + h), (x + inset, y + h), (x, cy)])];
            case NodeShape.Parallelogram: return [PathBuilder.Polygon([(x + skew, y), (x + w, y), (x + w - skew, y + h), (x, y + h)])];
            case NodeShape.ParallelogramAlt: return [PathBuilder.Polygon([(x, y), (x + w - skew, y), (x + w, y + h), (x + skew, y + h)])];
            case NodeShape.Trapezoid: return [PathBuilder.Polygon([(x + skew, y), (x + w - skew, y), (x + w, y + h), (x, y + h)])];
            case NodeShape.TrapezoidAlt: return [PathBuilder.Polygon([(x, y), (x + w, y), (x + w - skew, y + h), (x + skew, y + h)])];
            case NodeShape.Asymmetric: return [PathBuilder.Polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x + h * 0.4f, cy)])];
            case NodeShape.Cylinder:
                var rim = CylinderRim(w);
                var body = new List<PathSegment>
                {
                    new(PathVerb.MoveTo, x, y + rim),
                    new(PathVerb.LineTo, x, y + h - rim),
                };
                body.AddRange(PathBuilder.LowerArc(cx, y + h - rim, w / 2, rim).Skip(1));
                body.Add(new(PathVerb.LineTo, x + w, y + rim));
                body.AddRange(UpperArcLeftward(cx, y + rim, w / 2, rim));
                body.Add(new(PathVerb.Close, 0, 0));
                return [body, PathBuilder.Ellipse(cx, y + rim, w / 2, rim)];
            case NodeShape.Bar: return [PathBuilder.RoundedRectangle(x, y, w, h, Math.Min(w, h) / 2)];
            case NodeShape.Note:
                const float fold = 6;
                return [PathBuilder.Polygon([(x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)]), PathBuilder.Polyline([(x + w - fold, y), (x + w - fold, y + fold), (x + w, y + fold)])];
            default: return [PathBuilder.Rectangle(x, y, w, h)];
        }
    }

    private static float CylinderRim(float w) => Math.Clamp(w * 0.08f, 3, 9);

    // The top rim's upper half, right to left: the body's outline runs on from its right side without a jump.
    private static IEnumerable<PathSegment> UpperArcLeftward(float cx, float cy, float rx, float ry)
    {
        var (kx, ky) = (rx * 0.5522848f, ry * 0.5522848f);
        yield return new PathSegment(PathVerb.CubicTo, cx, cy - ry, cx + rx, cy - ky, cx + kx, cy - ry);
        yield return new PathSegment(PathVerb.CubicTo, cx - rx, cy, cx - kx, cy - ry, cx - rx, cy - ky);
    }
}
