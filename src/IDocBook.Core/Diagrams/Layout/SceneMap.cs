using IDocBook.Core.Model;
using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>From MSAGL's coordinates (y up, anywhere) to the scene's (y down, from the top-left corner).</summary>
internal sealed class SceneMap(float left, float top)
{
    private const int ArcSteps = 12;

    public (float X, float Y) Point(Point p) => ((float)p.X - left, top - (float)p.Y);

    public (float X, float Y, float W, float H) Rect(Rectangle r) => ((float)r.Left - left, top - (float)r.Top, (float)r.Width, (float)r.Height);

    /// <summary>A curve as path segments: lines and Béziers as they are, anything else (arcs) as short lines.</summary>
    public List<PathSegment> Path(ICurve curve)
    {
        var path = new List<PathSegment>();
        var (x, y) = Point(curve.Start);
        path.Add(new PathSegment(PathVerb.MoveTo, x, y));
        Append(path, curve);
        return path;
    }

    private void Append(List<PathSegment> path, ICurve curve)
    {
        switch (curve)
        {
            case Curve composite:
                foreach (var segment in composite.Segments) Append(path, segment);
                break;
            case LineSegment line:
                var (lx, ly) = Point(line.End);
                path.Add(new PathSegment(PathVerb.LineTo, lx, ly));
                break;
            case CubicBezierSegment bezier:
                var (x1, y1) = Point(bezier.B(1));
                var (x2, y2) = Point(bezier.B(2));
                var (x3, y3) = Point(bezier.B(3));
                path.Add(new PathSegment(PathVerb.CubicTo, x3, y3, x1, y1, x2, y2));
                break;
            case Polyline polyline:
                foreach (var p in polyline.Skip(1)) Add(path, Point(p));
                if (polyline.Closed) Add(path, Point(polyline.StartPoint.Point));
                break;
            default:
                for (var i = 1; i <= ArcSteps; i++) Add(path, Point(curve[curve.ParStart + (curve.ParEnd - curve.ParStart) * i / ArcSteps]));
                break;
        }
    }

    private static void Add(List<PathSegment> path, (float X, float Y) p) => path.Add(new PathSegment(PathVerb.LineTo, p.X, p.Y));
}
