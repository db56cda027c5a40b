using IDocBook.Core.Model;
using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Core.Routing;
using Microsoft.Msagl.Layout.Initial;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;
using MsaglEdge = Microsoft.Msagl.Core.Layout.Edge;
using MsaglNode = Microsoft.Msagl.Core.Layout.Node;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>
/// Lays out a flowchart or state diagram with MSAGL's layered (Sugiyama) layout: subgraphs are
/// clusters, each laid out in its own direction, then edges between them are routed as splines
/// around the nodes. The result is turned into a scene in points, y downwards.
/// </summary>
internal static class GraphLayout
{
    private const float Margin = 4;

    public static DiagramScene Layout(GraphDiagram diagram, ITextMeasure measure)
    {
        var graph = new GeometryGraph();
        var nodes = new Dictionary<string, (MsaglNode Node, GraphNode Source, LabelBlock Label, ShapeStyle Style)>(StringComparer.Ordinal);
        foreach (var node in diagram.NodeOrder)
        {
            var style = Styled(diagram, node.Classes, node.Style);
            var label = LabelBlock.Measure(node.Label, measure, style);
            var (w, h) = NodeGeometry.Size(node.Shape, label, diagram.Direction);
            var geometry = new MsaglNode(NodeGeometry.Boundary(node.Shape, w, h), node.Id);
            graph.Nodes.Add(geometry);
            nodes[node.Id] = (geometry, node, label, style);
        }

        var clusters = new Dictionary<string, (Cluster Cluster, Subgraph Source, LabelBlock Title, FlowDirection Direction)>(StringComparer.Ordinal);
        foreach (var subgraph in diagram.Subgraphs) AddCluster(graph.RootCluster, subgraph, diagram.Direction, diagram, nodes, clusters, measure);
        foreach (var (_, entry) in nodes)
            if (entry.Node.ClusterParent is null) graph.RootCluster.AddChild(entry.Node);

        var edges = new List<(MsaglEdge Edge, GraphEdge Source, LabelBlock? Label)>();
        foreach (var edge in diagram.Edges)
        {
            var from = Endpoint(edge.From, nodes, clusters);
            var to = Endpoint(edge.To, nodes, clusters);
            if (from is null || to is null) continue;
            var geometry = new MsaglEdge(from, to) { Separation = Math.Clamp(edge.Length, 1, 10), UserData = edge };
            LabelBlock? label = null;
            if (edge.Label is { IsEmpty: false } text)
            {
                label = LabelBlock.Measure(text, measure, Styled(diagram, [], edge.Style));
                geometry.Label = new Label(label.Width + 4, label.Height + 2, geometry);
            }
            if (edge.End != EndKind.None) geometry.EdgeGeometry.TargetArrowhead = new Arrowhead { Length = DiagramLook.ArrowLength };
            if (edge.Start != EndKind.None) geometry.EdgeGeometry.SourceArrowhead = new Arrowhead { Length = DiagramLook.ArrowLength };
            // Edges go between the outlines, wherever the layout puts them.
            var e = geometry;
            geometry.SourcePort = new RelativeFloatingPort(() => e.Source.BoundaryCurve, () => e.Source.Center);
            geometry.TargetPort = new RelativeFloatingPort(() => e.Target.BoundaryCurve, () => e.Target.Center);
            graph.Edges.Add(geometry);
            edges.Add((geometry, edge, label));
        }

        Run(graph, diagram.Direction, clusters);
        return Scene(graph, diagram, nodes, clusters, edges);
    }

    private static void AddCluster(Cluster parent, Subgraph subgraph, FlowDirection inherited, GraphDiagram diagram,
        Dictionary<string, (MsaglNode Node, GraphNode Source, LabelBlock Label, ShapeStyle Style)> nodes,
        Dictionary<string, (Cluster Cluster, Subgraph Source, LabelBlock Title, FlowDirection Direction)> clusters, ITextMeasure measure)
    {
        var title = LabelBlock.Measure(subgraph.Title, measure, Styled(diagram, subgraph.Classes, subgraph.Style));
        var members = subgraph.SelfAndDescendants().SelectMany(s => s.Members).ToHashSet(StringComparer.Ordinal);
        // As Mermaid: a subgraph with an edge to the outside follows the direction of the graph around it.
        var linkedOut = diagram.Edges.Any(e => members.Contains(e.From) != members.Contains(e.To));
        var direction = !linkedOut && subgraph.Direction is { } own ? own : inherited;
        var cluster = new Cluster { UserData = subgraph.Id };
        var titleRoom = title.IsEmpty ? DiagramLook.PadY : title.Height + 2 * DiagramLook.PadY;
        cluster.RectangularBoundary = new RectangularClusterBoundary
        {
            LeftMargin = DiagramLook.PadX, RightMargin = DiagramLook.PadX, BottomMargin = DiagramLook.PadY + 2, TopMargin = titleRoom,
            MinWidth = title.Width + 2 * DiagramLook.PadX,
        };
        cluster.BoundaryCurve = CurveFactory.CreateRectangle(10, 10, new Point());
        parent.AddChild(cluster);
        clusters[subgraph.Id] = (cluster, subgraph, title, direction);
        foreach (var id in subgraph.Members)
            if (nodes.TryGetValue(id, out var node) && node.Node.ClusterParent is null) cluster.AddChild(node.Node);
        foreach (var child in subgraph.Children) AddCluster(cluster, child, direction, diagram, nodes, clusters, measure);
    }

    private static MsaglNode? Endpoint(string id,
        Dictionary<string, (MsaglNode Node, GraphNode Source, LabelBlock Label, ShapeStyle Style)> nodes,
        Dictionary<string, (Cluster Cluster, Subgraph Source, LabelBlock Title, FlowDirection Direction)> clusters) =>
        nodes.TryGetValue(id, out var node) ? node.Node : clusters.TryGetValue(id, out var cluster) ? cluster.Cluster : null;

    private static void Run(GeometryGraph graph, FlowDirection direction,
        Dictionary<string, (Cluster Cluster, Subgraph Source, LabelBlock Title, FlowDirection Direction)> clusters)
    {
        var root = Settings(direction);
        var byDirection = Enum.GetValues<FlowDirection>().ToDictionary(d => d, d => d == direction ? root : Settings(d));
        var layout = new InitialLayoutByCluster(graph, c =>
            c.UserData is string id && clusters.TryGetValue(id, out var entry) ? byDirection[entry.Direction] : root)
        {
            // Diagrams are laid out on every core already, one per core.
            RunInParallel = false,
        };
        layout.Run();
        // Edges that cross a subgraph's border are left unrouted by the layout. MSAGL's spline router
        // routes them around every obstacle, at 10 to 30 ms and 2 MB a diagram, which was most of what
        // a book of diagrams cost; so each first gets a curve leaving and entering along the flow, as
        // Mermaid draws them, and only those that would cross a node or a subgraph they do not enter
        // go to the router.
        var unrouted = graph.Edges.Where(e => e.Curve is null).ToList();
        var blocked = new List<MsaglEdge>();
        foreach (var edge in unrouted)
        {
            RouteAcross(edge, direction);
            if (edge.Curve is null || Crosses(graph, edge)) blocked.Add(edge);
        }
        if (blocked.Count > 0)
        {
            foreach (var edge in blocked) edge.Curve = null;
            LayoutHelpers.RouteAndLabelEdges(graph, root, blocked, 0, null);
        }
        var labelled = unrouted.Except(blocked).Where(e => e.Label is not null).ToList();
        if (labelled.Count > 0) new EdgeLabelPlacement(graph.Nodes, labelled).Run();
        graph.UpdateBoundingBox();
    }

    private const int CrossingSamples = 24;

    // Whether the edge's curve passes through a node other than its ends, or through a subgraph that
    // holds neither end (sampled: the shapes are far larger than the gaps between samples).
    private static bool Crosses(GeometryGraph graph, MsaglEdge edge)
    {
        var curve = edge.Curve!;
        var ends = new HashSet<MsaglNode> { edge.Source, edge.Target };
        foreach (var end in new[] { edge.Source, edge.Target })
            foreach (var ancestor in end.AllClusterAncestors) ends.Add(ancestor);
        var obstacles = graph.Nodes.Where(n => !ends.Contains(n)).Select(n => n.BoundingBox)
            .Concat(graph.RootCluster.AllClustersDepthFirst().Where(c => c != graph.RootCluster && !ends.Contains(c)).Select(c => c.BoundingBox))
            .ToList();
        for (var i = 1; i < CrossingSamples; i++)
        {
            var p = curve[curve.ParStart + (curve.ParEnd - curve.ParStart) * i / CrossingSamples];
            foreach (var box in obstacles)
                if (p.X > box.Left + 1 && p.X < box.Right - 1 && p.Y > box.Bottom + 1 && p.Y < box.Top - 1) return true;
        }
        return false;
    }

    private static void RouteAcross(MsaglEdge edge, FlowDirection direction)
    {
        var (a, b) = (edge.Source.Center, edge.Target.Center);
        var vertical = direction is FlowDirection.TopDown or FlowDirection.BottomUp;
        var (dx, dy) = ((b.X - a.X) / 2, (b.Y - a.Y) / 2);
        ICurve spline = vertical
            ? new CubicBezierSegment(a, new Point(a.X, a.Y + dy), new Point(b.X, b.Y - dy), b)
            : new CubicBezierSegment(a, new Point(a.X + dx, a.Y), new Point(b.X - dx, b.Y), b);
        if (!Microsoft.Msagl.Core.Layout.Arrowheads.TrimSplineAndCalculateArrowheads(edge, spline, narrowestInterval: true, keepOriginalSpline: false))
            Microsoft.Msagl.Core.Layout.Arrowheads.TrimSplineAndCalculateArrowheads(edge, new LineSegment(a, b), narrowestInterval: true, keepOriginalSpline: false);
    }

    private static SugiyamaLayoutSettings Settings(FlowDirection direction)
    {
        var settings = new SugiyamaLayoutSettings
        {
            NodeSeparation = 18,
            LayerSeparation = 28,
            ClusterMargin = 8,
            // MSAGL switches big, dense graphs to a force-directed layout; a flowchart must stay layered.
            FallbackLayoutSettings = null,
            Transformation = direction switch
            {
                FlowDirection.LeftRight => PlaneTransformation.Rotation(Math.PI / 2),
                FlowDirection.RightLeft => PlaneTransformation.Rotation(-Math.PI / 2),
                FlowDirection.BottomUp => PlaneTransformation.Rotation(Math.PI),
                _ => PlaneTransformation.UnitTransformation,
            },
        };
        settings.EdgeRoutingSettings.EdgeRoutingMode = EdgeRoutingMode.SugiyamaSplines;
        return settings;
    }

    private static ShapeStyle Styled(GraphDiagram diagram, IEnumerable<string> classes, ShapeStyle own)
    {
        var style = diagram.ClassDefs.TryGetValue("default", out var fallback) ? fallback : ShapeStyle.None;
        foreach (var name in classes)
            if (diagram.ClassDefs.TryGetValue(name, out var defined)) style = defined.Over(style);
        return own.Over(style);
    }

    private static DiagramScene Scene(GeometryGraph graph, GraphDiagram diagram,
        Dictionary<string, (MsaglNode Node, GraphNode Source, LabelBlock Label, ShapeStyle Style)> nodes,
        Dictionary<string, (Cluster Cluster, Subgraph Source, LabelBlock Title, FlowDirection Direction)> clusters,
        List<(MsaglEdge Edge, GraphEdge Source, LabelBlock? Label)> edges)
    {
        var box = graph.BoundingBox;
        foreach (var (edge, _, _) in edges)
        {
            if (edge.Curve is not null) box.Add(edge.Curve.BoundingBox);
            if (edge.Label is not null) box.Add(edge.Label.BoundingBox);
        }
        if (!double.IsFinite(box.Left) || !double.IsFinite(box.Top) || box.Width > 1e6 || box.Height > 1e6)
            throw new InvalidOperationException("the layout produced no finite drawing");
        var map = new SceneMap((float)box.Left - Margin, (float)box.Top + Margin);
        var shapes = new List<SceneShape>();
        var texts = new List<SceneText>();

        foreach (var subgraph in diagram.Subgraphs.SelectMany(s => s.SelfAndDescendants()))
        {
            var (cluster, source, title, _) = clusters[subgraph.Id];
            var r = map.Rect(cluster.BoundingBox);
            var style = Styled(diagram, source.Classes, source.Style);
            shapes.Add(new SceneShape("cluster", PathBuilder.RoundedRectangle(r.X, r.Y, r.W, r.H, source.Region ? 0 : 3),
                source.Region ? 0 : style.Fill ?? DiagramLook.ClusterFill, style.Stroke ?? DiagramLook.ClusterStroke, style.StrokeWidth ?? DiagramLook.Stroke)
                { Dash = source.Region ? [3, 2] : style.Dash ?? [] });
            texts.AddRange(title.Place(r.X + r.W / 2, r.Y + DiagramLook.PadY, style.Color ?? DiagramLook.Text));
        }

        var labelBoxes = new List<SceneShape>();
        foreach (var (edge, source, label) in edges)
        {
            if (source.Line == LineKind.Invisible) continue;
            var color = source.Style.Stroke ?? DiagramLook.Line;
            var width = source.Style.StrokeWidth ?? (source.Line == LineKind.Thick ? 2f : DiagramLook.Stroke);
            IReadOnlyList<float> dash = source.Style.Dash ?? (source.Line == LineKind.Dotted ? [2.5f, 2.5f] : []);
            var curve = edge.Curve ?? new LineSegment(edge.Source.Center, edge.Target.Center);
            shapes.Add(new SceneShape("edge", map.Path(curve), 0, color, width) { Dash = dash });
            if (edge.EdgeGeometry.TargetArrowhead is { } head)
                shapes.AddRange(Arrowheads.Draw(source.End, map.Point(curve.End), map.Point(head.TipPosition), color, width));
            if (edge.EdgeGeometry.SourceArrowhead is { } tail)
                shapes.AddRange(Arrowheads.Draw(source.Start, map.Point(curve.Start), map.Point(tail.TipPosition), color, width));
            if (label is not null && edge.Label is not null)
            {
                var (cx, cy) = map.Point(edge.Label.Center);
                labelBoxes.Add(new SceneShape("label", PathBuilder.Rectangle(cx - label.Width / 2 - 2, cy - label.Height / 2 - 1, label.Width + 4, label.Height + 2), DiagramLook.LabelBackground, 0, 0));
                texts.AddRange(label.Place(cx, cy - label.Height / 2, source.Style.Color ?? DiagramLook.Text));
            }
        }

        foreach (var node in diagram.NodeOrder)
        {
            var (geometry, source, label, style) = nodes[node.Id];
            var (cx, cy) = map.Point(geometry.Center);
            var (w, h) = ((float)geometry.BoundingBox.Width, (float)geometry.BoundingBox.Height);
            var paths = NodeGeometry.Paths(source.Shape, cx, cy, w, h);
            var (fill, stroke) = source.Shape switch
            {
                NodeShape.Start or NodeShape.Bar => (DiagramLook.Line, DiagramLook.Line),
                NodeShape.End => (DiagramLook.LabelBackground, DiagramLook.Line),
                NodeShape.Note => (DiagramLook.NoteFill, DiagramLook.NoteStroke),
                _ => (DiagramLook.NodeFill, DiagramLook.NodeStroke),
            };
            fill = style.Fill ?? fill;
            stroke = style.Stroke ?? stroke;
            var strokeWidth = style.StrokeWidth ?? DiagramLook.Stroke;
            shapes.Add(new SceneShape("node", paths[0], fill, stroke, strokeWidth) { Dash = style.Dash ?? [] });
            foreach (var extra in paths.Skip(1)) shapes.Add(new SceneShape("node-detail", extra, 0, stroke, strokeWidth));
            if (source.Shape == NodeShape.End)
                shapes.Add(new SceneShape("node-detail", PathBuilder.Ellipse(cx, cy, w / 2 - 3, h / 2 - 3), DiagramLook.Line, 0, 0));
            texts.AddRange(label.Place(cx, cy - label.Height / 2, style.Color ?? DiagramLook.Text));
        }
        shapes.AddRange(labelBoxes);
        return new DiagramScene((float)box.Width + 2 * Margin, (float)box.Height + 2 * Margin, shapes, texts);
    }
}
