namespace IDocBook.Core.Diagrams;

/// <summary>The way a graph's layers run: Mermaid's TB (or TD), BT, LR and RL.</summary>
internal enum FlowDirection { TopDown, BottomUp, LeftRight, RightLeft }

internal enum NodeShape
{
    Rectangle, Rounded, Stadium, Subroutine, Cylinder, Circle, DoubleCircle, Asymmetric, Diamond, Hexagon,
    Parallelogram, ParallelogramAlt, Trapezoid, TrapezoidAlt,
    /// <summary>State diagrams: the filled start dot, the ringed end dot, a fork/join bar, a note.</summary>
    Start, End, Bar, Note,
}

internal enum LineKind { Solid, Dotted, Thick, Invisible }

internal enum EndKind { None, Arrow, Circle, Cross }

/// <summary>
/// A flowchart or state diagram as parsed: what the graph layout lays out. Node and subgraph ids are
/// the author's; nodes keep the order they were first mentioned in, which the layout keeps too.
/// </summary>
internal sealed class GraphDiagram
{
    public FlowDirection Direction { get; set; } = FlowDirection.TopDown;
    public Dictionary<string, GraphNode> Nodes { get; } = new(StringComparer.Ordinal);
    public List<GraphNode> NodeOrder { get; } = [];
    public List<GraphEdge> Edges { get; } = [];
    /// <summary>Top-level subgraphs; each holds its own children.</summary>
    public List<Subgraph> Subgraphs { get; } = [];
    public Dictionary<string, ShapeStyle> ClassDefs { get; } = new(StringComparer.Ordinal);
    public string? AccTitle { get; set; }
    public string? AccDescription { get; set; }

    public IEnumerable<Subgraph> AllSubgraphs() => Subgraphs.SelectMany(s => s.SelfAndDescendants());

    /// <summary>The node with this id, made (with the id as its label) when first mentioned.</summary>
    public GraphNode Node(string id)
    {
        if (!Nodes.TryGetValue(id, out var node))
        {
            node = new GraphNode(id) { Label = LabelText.Plain(id) };
            Nodes[id] = node;
            NodeOrder.Add(node);
        }
        return node;
    }
}

internal sealed class GraphNode(string id)
{
    public string Id { get; } = id;
    public LabelText Label { get; set; } = LabelText.Empty;
    public NodeShape Shape { get; set; } = NodeShape.Rectangle;
    public List<string> Classes { get; } = [];
    public ShapeStyle Style { get; set; } = ShapeStyle.None;
}

internal sealed class GraphEdge(string from, string to)
{
    public string From { get; } = from;
    public string To { get; } = to;
    public LineKind Line { get; set; } = LineKind.Solid;
    public EndKind Start { get; set; }
    public EndKind End { get; set; } = EndKind.Arrow;
    public LabelText? Label { get; set; }
    /// <summary>Layers the edge spans at least: 1, plus one for each extra dash, dot or equals sign.</summary>
    public int Length { get; set; } = 1;
    public ShapeStyle Style { get; set; } = ShapeStyle.None;
}

/// <summary>A Mermaid subgraph, or a composite state (with <see cref="Composite"/> set), or one of its concurrent regions.</summary>
internal sealed class Subgraph(string id)
{
    public string Id { get; } = id;
    public LabelText Title { get; set; } = LabelText.Empty;
    public FlowDirection? Direction { get; set; }
    /// <summary>Nodes directly inside, in the order they joined.</summary>
    public List<string> Members { get; } = [];
    public List<Subgraph> Children { get; } = [];
    public List<string> Classes { get; } = [];
    public ShapeStyle Style { get; set; } = ShapeStyle.None;
    /// <summary>A concurrent region of a composite state: drawn as a dashed, untitled box.</summary>
    public bool Region { get; init; }

    public IEnumerable<Subgraph> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
