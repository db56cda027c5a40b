using System.Globalization;
using System.Text;
using System.Xml;
using IDocBook.Core.Model;

namespace IDocBook.Epub;

/// <summary>
/// A diagram's scene as a standalone SVG image: vector paths, labels as real text (set to the width
/// the layout measured, whichever sans font the reading system has), the title as
/// <c>&lt;title&gt;</c> and the diagram's source as <c>&lt;desc&gt;</c>. Classes name what each shape
/// is (node, edge, cluster …), so the picture can be checked and restyled.
/// </summary>
internal static class DiagramSvg
{
    public const string MediaType = "image/svg+xml";
    private const string Ns = "http://www.w3.org/2000/svg";
    private const string Fonts = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
    private const float PixelsPerPoint = 4f / 3;

    public static byte[] Write(Diagram diagram)
    {
        var scene = diagram.Scene;
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineChars = "\n" };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("svg", Ns);
            w.WriteAttributeString("version", "1.1");
            w.WriteAttributeString("width", Number(scene.Width * PixelsPerPoint));
            w.WriteAttributeString("height", Number(scene.Height * PixelsPerPoint));
            w.WriteAttributeString("viewBox", $"0 0 {Number(scene.Width)} {Number(scene.Height)}");
            w.WriteElementString("title", Ns, XmlText.Clean(diagram.Title ?? "Diagram"));
            w.WriteElementString("desc", Ns, XmlText.Clean(diagram.Description ?? diagram.Code));
            w.WriteStartElement("g", Ns);
            w.WriteAttributeString("stroke-linejoin", "round");
            w.WriteAttributeString("stroke-linecap", "round");
            foreach (var shape in scene.Shapes) WriteShape(w, shape);
            w.WriteEndElement();
            w.WriteStartElement("g", Ns);
            w.WriteAttributeString("class", "labels");
            w.WriteAttributeString("font-family", Fonts);
            foreach (var text in scene.Texts) WriteText(w, text);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteShape(XmlWriter w, SceneShape shape)
    {
        w.WriteStartElement("path", Ns);
        w.WriteAttributeString("class", shape.Role);
        w.WriteAttributeString("d", PathData(shape.Path));
        Paint(w, "fill", shape.Fill);
        if (shape.Stroke != 0 && shape.StrokeWidth > 0)
        {
            Paint(w, "stroke", shape.Stroke);
            w.WriteAttributeString("stroke-width", Number(shape.StrokeWidth));
            if (shape.Dash.Count > 0) w.WriteAttributeString("stroke-dasharray", string.Join(' ', shape.Dash.Select(Number)));
        }
        w.WriteEndElement();
    }

    private static void WriteText(XmlWriter w, SceneText text)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("x", Number(text.X));
        w.WriteAttributeString("y", Number(text.Baseline));
        w.WriteAttributeString("font-size", Number(text.Size));
        if (text.Bold) w.WriteAttributeString("font-weight", "bold");
        if (text.Italic) w.WriteAttributeString("font-style", "italic");
        Paint(w, "fill", text.Color);
        // Another font than the one measured would run past its box; the text is held to the measured width.
        w.WriteAttributeString("textLength", Number(text.Width));
        w.WriteAttributeString("lengthAdjust", "spacingAndGlyphs");
        w.WriteString(XmlText.Clean(text.Text));
        w.WriteEndElement();
    }

    private static void Paint(XmlWriter w, string property, uint argb)
    {
        if (argb == 0)
        {
            w.WriteAttributeString(property, "none");
            return;
        }
        w.WriteAttributeString(property, "#" + (argb & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture));
        var alpha = argb >> 24;
        if (alpha < 255) w.WriteAttributeString(property + "-opacity", Number(alpha / 255f));
    }

    internal static string PathData(IReadOnlyList<PathSegment> path)
    {
        var d = new StringBuilder();
        foreach (var s in path)
        {
            if (d.Length > 0) d.Append(' ');
            switch (s.Verb)
            {
                case PathVerb.MoveTo: d.Append('M').Append(Number(s.X)).Append(' ').Append(Number(s.Y)); break;
                case PathVerb.LineTo: d.Append('L').Append(Number(s.X)).Append(' ').Append(Number(s.Y)); break;
                case PathVerb.CubicTo:
                    d.Append('C').Append(Number(s.X1)).Append(' ').Append(Number(s.Y1)).Append(' ')
                        .Append(Number(s.X2)).Append(' ').Append(Number(s.Y2)).Append(' ')
                        .Append(Number(s.X)).Append(' ').Append(Number(s.Y));
                    break;
                case PathVerb.Close: d.Append('Z'); break;
            }
        }
        return d.ToString();
    }

    private static string Number(float value) => MathF.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
