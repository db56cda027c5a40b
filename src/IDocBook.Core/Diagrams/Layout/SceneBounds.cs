using IDocBook.Core.Model;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>Fits a scene to what it draws: moved so that its ink starts at the margin, and sized to end at the margin.</summary>
internal static class SceneBounds
{
    public static DiagramScene Fit(IReadOnlyList<SceneShape> shapes, IReadOnlyList<SceneText> texts, float margin, float ascent, float descent)
    {
        float left = float.MaxValue, top = float.MaxValue, right = float.MinValue, bottom = float.MinValue;
        void Add(float x, float y)
        {
            left = Math.Min(left, x);
            right = Math.Max(right, x);
            top = Math.Min(top, y);
            bottom = Math.Max(bottom, y);
        }
        foreach (var shape in shapes)
        {
            var pad = shape.StrokeWidth / 2;
            foreach (var s in shape.Path)
            {
                if (s.Verb == PathVerb.Close) continue;
                Add(s.X - pad, s.Y - pad);
                Add(s.X + pad, s.Y + pad);
                if (s.Verb != PathVerb.CubicTo) continue;
                Add(s.X1, s.Y1);
                Add(s.X2, s.Y2);
            }
        }
        foreach (var text in texts)
        {
            Add(text.X, text.Baseline - ascent * text.Size);
            Add(text.X + text.Width, text.Baseline + descent * text.Size);
        }
        if (left > right) return new DiagramScene(2 * margin, 2 * margin, shapes, texts);
        var (dx, dy) = (margin - left, margin - top);
        return new DiagramScene(right - left + 2 * margin, bottom - top + 2 * margin,
            [.. shapes.Select(s => s with { Path = [.. s.Path.Select(p => p with { X = p.X + dx, Y = p.Y + dy, X1 = p.X1 + dx, Y1 = p.Y1 + dy, X2 = p.X2 + dx, Y2 = p.Y2 + dy })] })],
            [.. texts.Select(t => t with { X = t.X + dx, Baseline = t.Baseline + dy })]);
    }
}
