using IDocBook.Core.Model;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>Paths of the scene from simple shapes; every shape is lines and cubic Béziers, which SVG and PDF both draw.</summary>
internal static class PathBuilder
{
    // Control-point distance that makes four cubic Béziers a circle to within 0.03 %.
    private const float Kappa = 0.5522848f;

    public static List<PathSegment> Rectangle(float x, float y, float w, float h) =>
        Polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)]);

    public static List<PathSegment> Polygon(IReadOnlyList<(float X, float Y)> points)
    {
        var path = new List<PathSegment>(points.Count + 1) { new(PathVerb.MoveTo, points[0].X, points[0].Y) };
        for (var i = 1; i < points.Count; i++) path.Add(new(PathVerb.LineTo, points[i].X, points[i].Y));
        path.Add(new(PathVerb.Close, 0, 0));
        return path;
    }

    public static List<PathSegment> Polyline(IReadOnlyList<(float X, float Y)> points)
    {
        var path = new List<PathSegment>(points.Count) { new(PathVerb.MoveTo, points[0].X, points[0].Y) };
        for (var i = 1; i < points.Count; i++) path.Add(new(PathVerb.LineTo, points[i].X, points[i].Y));
        return path;
    }

    public static List<PathSegment> RoundedRectangle(float x, float y, float w, float h, float r)
    {
        r = Math.Min(r, Math.Min(w, h) / 2);
        if (r <= 0) return Rectangle(x, y, w, h);
        var k = r * (1 - Kappa);
        return
        [
            new(PathVerb.MoveTo, x + r, y),
            new(PathVerb.LineTo, x + w - r, y),
            new(PathVerb.CubicTo, x + w, y + r, x + w - k, y, x + w, y + k),
            new(PathVerb.LineTo, x + w, y + h - r),
            new(PathVerb.CubicTo, x + w - r, y + h, x + w, y + h - k, x + w - k, y + h),
            new(PathVerb.LineTo, x + r, y + h),
            new(PathVerb.CubicTo, x, y + h - r, x + k, y + h, x, y + h - k),
            new(PathVerb.LineTo, x, y + r),
            new(PathVerb.CubicTo, x + r, y, x, y + k, x + k, y),
            new(PathVerb.Close, 0, 0),
        ];
    }

    public static List<PathSegment> Ellipse(float cx, float cy, float rx, float ry)
    {
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        return
        [
            new(PathVerb.MoveTo, cx + rx, cy),
            new(PathVerb.CubicTo, cx, cy + ry, cx + rx, cy + ky, cx + kx, cy + ry),
            new(PathVerb.CubicTo, cx - rx, cy, cx - kx, cy + ry, cx - rx, cy + ky),
            new(PathVerb.CubicTo, cx, cy - ry, cx - rx, cy - ky, cx - kx, cy - ry),
            new(PathVerb.CubicTo, cx + rx, cy, cx + kx, cy - ry, cx + rx, cy - ky),
            new(PathVerb.Close, 0, 0),
        ];
    }

    /// <summary>The lower half of an ellipse, from its left end to its right end (a cylinder's front rim).</summary>
    public static List<PathSegment> LowerArc(float cx, float cy, float rx, float ry)
    {
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        return
        [
            new(PathVerb.MoveTo, cx - rx, cy),
            new(PathVerb.CubicTo, cx, cy + ry, cx - rx, cy + ky, cx - kx, cy + ry),
            new(PathVerb.CubicTo, cx + rx, cy, cx + kx, cy + ry, cx + rx, cy + ky),
        ];
    }

    public static List<PathSegment> Line(float x1, float y1, float x2, float y2) =>
        [new(PathVerb.MoveTo, x1, y1), new(PathVerb.LineTo, x2, y2)];
}
