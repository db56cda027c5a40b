using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Diagrams;
using IDocBook.Core.Model;
using IDocBook.Media.Fonts;

namespace IDocBook.Tests.Diagrams;

/// <summary>A diagram drawn by the stage and written as the EPUB's SVG, read back the way a test checks it.</summary>
internal sealed partial class Drawn
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public Drawn(Diagram diagram, byte[] svg)
    {
        Diagram = diagram;
        Document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg));
    }

    public Diagram Diagram { get; }
    public XDocument Document { get; }

    /// <summary>Draws one mermaid source; fails the test when it is not drawn.</summary>
    public static Drawn Of(string mermaid)
    {
        var result = new DiagramStage(LabelMeasure.Bundled).Draw(mermaid);
        if (result.Scene is null) throw new Shouldly.ShouldAssertException($"not drawn: {result.Problem?.Message ?? result.UnsupportedType}");
        var diagram = new Diagram("mermaid", mermaid, result.Scene, SourceSpan.None) { Title = result.Title, Description = result.Description };
        return new Drawn(diagram, IDocBook.Epub.DiagramSvg.Write(diagram));
    }

    public IEnumerable<XElement> Paths(string role) => Document.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == role);

    public IReadOnlyList<Box> Nodes => [.. Paths("node").Select(p => Box.Of((string)p.Attribute("d")!))];

    public int Edges => Paths("edge").Count();

    public IReadOnlyList<string> Labels => [.. Document.Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>Each text element with its box (from x, y, font-size, textLength).</summary>
    public IReadOnlyList<(string Text, Box Box)> Texts => [.. Document.Descendants(Svg + "text").Select(t =>
    {
        float F(string name) => float.Parse((string)t.Attribute(name)!, CultureInfo.InvariantCulture);
        var (x, y, size) = (F("x"), F("y"), F("font-size"));
        return (t.Value, new Box(x, y - size * 0.9f, x + F("textLength"), y + size * 0.2f));
    })];

    /// <summary>Every pair of node boxes that overlap by more than a hairline.</summary>
    public IEnumerable<(Box A, Box B)> OverlappingNodes()
    {
        var nodes = Nodes;
        for (var i = 0; i < nodes.Count; i++)
            for (var j = i + 1; j < nodes.Count; j++)
                if (nodes[i].Overlaps(nodes[j], 0.5f)) yield return (nodes[i], nodes[j]);
    }

    public sealed record Box(float Left, float Top, float Right, float Bottom)
    {
        public bool Overlaps(Box other, float tolerance) =>
            Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > tolerance && Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top) > tolerance;

        public bool Contains(Box inner, float tolerance) =>
            inner.Left >= Left - tolerance && inner.Right <= Right + tolerance && inner.Top >= Top - tolerance && inner.Bottom <= Bottom + tolerance;

        public static Box Of(string pathData)
        {
            var numbers = Number().Matches(pathData).Select(m => float.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            var xs = numbers.Where((_, i) => i % 2 == 0).ToList();
            var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
            return new Box(xs.Min(), ys.Min(), xs.Max(), ys.Max());
        }
    }

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
