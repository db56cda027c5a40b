using System.Text.RegularExpressions;

namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>
/// Mermaid's <c>flowchart</c> (and <c>graph</c>): directions, node shapes, labels, edges of every kind
/// with labels and lengths, chains (<c>A --&gt; B --&gt; C</c>, <c>A &amp; B --&gt; C</c>), nested
/// subgraphs with their own direction, <c>classDef</c>/<c>class</c>/<c>:::</c>, <c>style</c>,
/// <c>linkStyle</c>, and accessibility titles. <c>click</c> is read and ignored: a book page is no
/// place for callbacks. Statements end at a line end or <c>;</c>.
/// </summary>
internal static partial class FlowchartParser
{
    /// <summary>A diagram this big is a data dump, not a figure; it stays code rather than take a minute to lay out.</summary>
    public const int MaxNodes = 1000, MaxEdges = 2000, MaxDepth = 32;

    public static GraphDiagram Parse(MermaidSource source)
    {
        var header = source.Header;
        var c = new Cursor([header, .. source.Body], header.Text.IndexOf(source.Type, StringComparison.Ordinal) + source.Type.Length);
        var graph = new GraphDiagram();
        c.SkipSpaces();
        if (!c.AtStatementEnd)
        {
            var word = Word(c);
            graph.Direction = Direction(word) ?? throw c.Error($"'{word}' is not a direction; write TB, TD, BT, LR or RL", c.Position - word.Length);
        }
        new State(c, graph).Statements();
        return graph;
    }

    internal static FlowDirection? Direction(string word) => word.ToUpperInvariant() switch
    {
        "TB" or "TD" or "V" => FlowDirection.TopDown,
        "BT" or "^" => FlowDirection.BottomUp,
        "LR" or ">" => FlowDirection.LeftRight,
        "RL" or "<" => FlowDirection.RightLeft,
        _ => null,
    };

    private static string Word(Cursor c)
    {
        var start = c.Position;
        while (!c.AtEnd && !char.IsWhiteSpace(c.Current) && c.Current != ';') c.Position++;
        return c.Text[start..c.Position];
    }

    private sealed class Open(Subgraph subgraph, int at)
    {
        public Subgraph Subgraph { get; } = subgraph;
        public int At { get; } = at;
        public List<string> Mentioned { get; } = [];
    }

    private sealed class State(Cursor c, GraphDiagram graph)
    {
        private readonly Stack<Open> _open = new();
        private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Subgraph> _subgraphs = new(StringComparer.Ordinal);
        private readonly List<(List<int> Indices, ShapeStyle Style)> _linkStyles = [];
        private ShapeStyle _defaultLinkStyle = ShapeStyle.None;
        private int _anonymous;

        public void Statements()
        {
            while (true)
            {
                c.SkipSeparators();
                if (c.AtEnd) break;
                Statement();
                if (!c.AtStatementEnd) throw c.Error($"unexpected {c.Describe()}; a statement ends at the end of its line or at ';'");
            }
            if (_open.Count > 0) throw c.Error($"subgraph '{_open.Peek().Subgraph.Id}' is never closed with 'end'", _open.Peek().At);
            Finish();
        }

        private void Statement()
        {
            var start = c.Position;
            if (c.StartsWithWord("subgraph")) { c.Position += "subgraph".Length; OpenSubgraph(start); }
            else if (c.StartsWithWord("end")) { c.Position += 3; CloseSubgraph(start); }
            else if (c.StartsWithWord("direction")) { c.Position += "direction".Length; SetDirection(); }
            else if (c.StartsWithWord("classDef")) { c.Position += "classDef".Length; ClassDef(); }
            else if (c.StartsWithWord("class")) { c.Position += "class".Length; Class(); }
            else if (c.StartsWithWord("style")) { c.Position += "style".Length; Style(); }
            else if (c.StartsWithWord("linkStyle")) { c.Position += "linkStyle".Length; LinkStyle(); }
            else if (c.StartsWithWord("click") || c.StartsWithWord("href") || c.StartsWithWord("callback")) c.RestOfStatement();
            else if (c.StartsWith("accTitle")) graph.AccTitle = Accessibility(c, "accTitle");
            else if (c.StartsWith("accDescr")) graph.AccDescription = Accessibility(c, "accDescr");
            else Chain();
        }

        private void OpenSubgraph(int start)
        {
            if (_open.Count >= MaxDepth) throw c.Error($"subgraphs are nested more than {MaxDepth} deep", start);
            c.SkipSpaces();
            var rest = c.RestOfLine().Trim();
            string id;
            LabelText title;
            var m = SubgraphPattern().Match(rest);
            if (rest.Length == 0) (id, title) = ($"subGraph{_anonymous++}", LabelText.Empty);
            else if (m.Success)
            {
                id = m.Groups["id"].Value;
                title = Label(m.Groups["title"].Value.Trim());
            }
            else if (rest[0] == '"')
            {
                id = $"subGraph{_anonymous++}";
                title = Label(rest);
            }
            else (id, title) = (rest, LabelText.Parse(rest));
            if (_subgraphs.ContainsKey(id)) throw c.Error($"subgraph '{id}' is defined twice", start);
            var subgraph = new Subgraph(id) { Title = title };
            _subgraphs[id] = subgraph;
            if (_open.TryPeek(out var parent)) parent.Subgraph.Children.Add(subgraph);
            else graph.Subgraphs.Add(subgraph);
            _open.Push(new Open(subgraph, start));
        }

        private void CloseSubgraph(int start)
        {
            if (!_open.TryPop(out var closed)) throw c.Error("'end' without a subgraph to close", start);
            foreach (var id in closed.Mentioned)
                if (_claimed.Add(id)) closed.Subgraph.Members.Add(id);
            // The nodes mentioned inside belong to the innermost subgraph; the parent sees them claimed.
            if (_open.TryPeek(out var parent)) parent.Mentioned.AddRange(closed.Mentioned);
        }

        private void SetDirection()
        {
            c.SkipSpaces();
            var at = c.Position;
            var word = Word(c);
            var direction = Direction(word) ?? throw c.Error($"'{word}' is not a direction; write TB, TD, BT, LR or RL", at);
            if (_open.TryPeek(out var open)) open.Subgraph.Direction = direction;
            else graph.Direction = direction;
        }

        private void ClassDef()
        {
            c.SkipSpaces();
            var names = Word(c);
            if (names.Length == 0) throw c.Error("classDef needs a class name and a style");
            var style = ShapeStyle.Parse(c.RestOfStatement());
            foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                graph.ClassDefs[name] = graph.ClassDefs.TryGetValue(name, out var earlier) ? style.Over(earlier) : style;
        }

        private void Class()
        {
            c.SkipSpaces();
            var rest = c.RestOfStatement().Trim();
            var space = rest.LastIndexOfAny([' ', '\t']);
            if (space < 0) throw c.Error("class needs node ids and a class name: class A,B name");
            var name = rest[(space + 1)..];
            foreach (var id in rest[..space].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                AddClass(id, name);
        }

        private void AddClass(string id, string name)
        {
            if (_subgraphs.TryGetValue(id, out var subgraph)) subgraph.Classes.Add(name);
            else graph.Node(id).Classes.Add(name);
        }

        private void Style()
        {
            c.SkipSpaces();
            var at = c.Position;
            var id = Word(c);
            if (id.Length == 0) throw c.Error("style needs a node id and a style", at);
            var style = ShapeStyle.Parse(c.RestOfStatement());
            if (_subgraphs.TryGetValue(id, out var subgraph)) subgraph.Style = style.Over(subgraph.Style);
            else graph.Node(id).Style = style.Over(graph.Node(id).Style);
        }

        private void LinkStyle()
        {
            c.SkipSpaces();
            var at = c.Position;
            var which = Word(c);
            var style = ShapeStyle.Parse(c.RestOfStatement());
            if (which.Equals("default", StringComparison.OrdinalIgnoreCase))
            {
                _defaultLinkStyle = style.Over(_defaultLinkStyle);
                return;
            }
            var indices = new List<int>();
            foreach (var part in which.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, out var index) || index < 0) throw c.Error($"linkStyle takes edge numbers (from 0) or 'default', not '{part}'", at);
                indices.Add(index);
            }
            _linkStyles.Add((indices, style));
        }

        // A → B → C, A & B → C: groups of nodes joined by edges.
        private void Chain()
        {
            var from = Group();
            while (true)
            {
                c.SkipSpaces();
                var edgeAt = c.Position;
                var edge = Edge();
                if (edge is null) break;
                c.SkipSpaces();
                if (c.AtStatementEnd) throw c.Error("an edge needs a node after it", edgeAt);
                var to = Group();
                foreach (var a in from)
                    foreach (var b in to)
                    {
                        if (graph.Edges.Count >= MaxEdges) throw c.Error($"the diagram has more than {MaxEdges} edges");
                        graph.Edges.Add(new GraphEdge(a, b) { Line = edge.Line, Start = edge.Start, End = edge.End, Label = edge.Label, Length = edge.Length });
                    }
                from = to;
            }
        }

        private List<string> Group()
        {
            var ids = new List<string> { NodeStatement() };
            while (true)
            {
                var save = c.Position;
                c.SkipSpaces();
                if (c.Current != '&') { c.Position = save; return ids; }
                c.Position++;
                c.SkipSpaces();
                ids.Add(NodeStatement());
            }
        }

        private string NodeStatement()
        {
            var at = c.Position;
            var id = NodeId();
            if (id.Length == 0) throw c.Error($"expected a node id, found {c.Describe()}", at);
            var isSubgraph = _subgraphs.ContainsKey(id);
            if (!isSubgraph && graph.Nodes.Count >= MaxNodes && !graph.Nodes.ContainsKey(id)) throw c.Error($"the diagram has more than {MaxNodes} nodes", at);
            var node = graph.Node(id);
            if (Shape() is { } shape)
            {
                node.Shape = shape.Shape;
                node.Label = shape.Label;
            }
            else if (c.StartsWith("@{")) ShapeData(node);
            if (c.StartsWith(":::"))
            {
                c.Position += 3;
                var name = ClassName();
                if (name.Length == 0) throw c.Error("':::' needs a class name after it");
                AddClass(id, name);
            }
            if (_open.TryPeek(out var open)) open.Mentioned.Add(id);
            return id;
        }

        private string NodeId()
        {
            var start = c.Position;
            while (!c.AtEnd)
            {
                var ch = c.Current;
                if (Cursor.IsWordChar(ch)) c.Position++;
                // A dash inside an id (my-node), but never the start of an edge (A-->B, A-.->B).
                else if (ch == '-' && c.Position > start && Cursor.IsWordChar(c.Peek())) c.Position++;
                else break;
            }
            return c.Text[start..c.Position];
        }

        private string ClassName()
        {
            var start = c.Position;
            while (!c.AtEnd && (Cursor.IsWordChar(c.Current) || c.Current == '-')) c.Position++;
            return c.Text[start..c.Position];
        }

        private static readonly (string Open, string Close, NodeShape Shape, string? AltClose, NodeShape AltShape)[] Shapes =
        [
            ("(((", ")))", NodeShape.DoubleCircle, null, default),
            ("((", "))", NodeShape.Circle, null, default),
            ("([", "])", NodeShape.Stadium, null, default),
            ("(", ")", NodeShape.Rounded, null, default),
            ("[[", "]]", NodeShape.Subroutine, null, default),
            ("[(", ")]", NodeShape.Cylinder, null, default),
            ("[/", "/]", NodeShape.Parallelogram, "\\]", NodeShape.Trapezoid),
            ("[\\", "\\]", NodeShape.ParallelogramAlt, "/]", NodeShape.TrapezoidAlt),
            ("[", "]", NodeShape.Rectangle, null, default),
            ("{{", "}}", NodeShape.Hexagon, null, default),
            ("{", "}", NodeShape.Diamond, null, default),
            (">", "]", NodeShape.Asymmetric, null, default),
        ];

        private (NodeShape Shape, LabelText Label)? Shape()
        {
            foreach (var (open, close, shape, altClose, altShape) in Shapes)
            {
                if (!c.StartsWith(open)) continue;
                var at = c.Position;
                c.Position += open.Length;
                var label = DelimitedLabel(close, altClose, out var closedByAlt, at);
                return (closedByAlt ? altShape : shape, label);
            }
            return null;
        }

        // The text up to the closing delimiter; a quoted label may hold the delimiters and line ends.
        private LabelText DelimitedLabel(string close, string? altClose, out bool closedByAlt, int at)
        {
            closedByAlt = false;
            c.SkipSpaces();
            LabelText label;
            if (c.Current == '"')
            {
                label = Quoted();
                c.SkipSpaces();
            }
            else
            {
                var start = c.Position;
                var end = Find(close, start);
                var alt = altClose is null ? -1 : Find(altClose, start);
                if (alt >= 0 && (end < 0 || alt < end)) { end = alt; closedByAlt = true; }
                if (end < 0) throw c.Error($"the label that starts here is not closed with '{close}'", at);
                label = LabelText.Parse(c.Text[start..end]);
                c.Position = end;
            }
            if (c.StartsWith(close)) c.Position += close.Length;
            else if (altClose is not null && c.StartsWith(altClose)) { c.Position += altClose.Length; closedByAlt = true; }
            else throw c.Error($"expected '{close}' to close the node's label, found {c.Describe()}");
            return label;
        }

        // The delimiter on the same line, or -1.
        private int Find(string what, int from)
        {
            var end = c.Text.IndexOf(what, from, StringComparison.Ordinal);
            var line = c.Text.IndexOf('\n', from);
            return end >= 0 && (line < 0 || end < line) ? end : -1;
        }

        private LabelText Quoted()
        {
            var at = c.Position;
            c.Position++;
            var markdown = c.Current == '`';
            var close = markdown ? "`\"" : "\"";
            if (markdown) c.Position++;
            var end = c.Text.IndexOf(close, c.Position, StringComparison.Ordinal);
            if (end < 0) throw c.Error("the quoted label that starts here is never closed", at);
            var text = c.Text[c.Position..end];
            c.Position = end + close.Length;
            return LabelText.Parse(markdown ? Dedent(text) : text, markdown);
        }

        // Markdown strings spanning lines carry the source's indentation on each continued line.
        private static string Dedent(string text) =>
            string.Join("\n", text.Split('\n').Select((l, i) => i == 0 ? l : l.TrimStart()));

        // v11's A@{ shape: diam, label: "Text" }.
        private void ShapeData(GraphNode node)
        {
            var at = c.Position;
            var end = c.Text.IndexOf('}', c.Position);
            if (end < 0) throw c.Error("'@{' is never closed with '}'", at);
            var body = c.Text[(c.Position + 2)..end];
            c.Position = end + 1;
            foreach (var pair in ShapeStyle.SplitOutsideParentheses(body, ",\n"))
            {
                var colon = pair.IndexOf(':');
                if (colon < 0) continue;
                var key = pair[..colon].Trim();
                var value = pair[(colon + 1)..].Trim();
                if (key == "label") node.Label = value.StartsWith('"') && value.EndsWith('"') && value.Length >= 2 ? LabelText.Parse(value[1..^1]) : LabelText.Parse(value);
                else if (key == "shape") node.Shape = NamedShape(value) ?? throw c.Error($"'{value}' is not a node shape IDocBook knows", at);
            }
        }

        private static NodeShape? NamedShape(string name) => name.ToLowerInvariant() switch
        {
            "rect" or "rectangle" or "proc" or "process" or "doc" or "document" or "notch-rect" or "card" => NodeShape.Rectangle,
            "rounded" or "event" => NodeShape.Rounded,
            "stadium" or "pill" or "terminal" => NodeShape.Stadium,
            "subproc" or "subprocess" or "subroutine" or "fr-rect" or "framed-rectangle" => NodeShape.Subroutine,
            "cyl" or "cylinder" or "db" or "database" => NodeShape.Cylinder,
            "circle" or "circ" or "sm-circ" or "small-circle" or "start" => NodeShape.Circle,
            "dbl-circ" or "double-circle" or "fr-circ" or "stop" => NodeShape.DoubleCircle,
            "odd" => NodeShape.Asymmetric,
            "diam" or "diamond" or "decision" or "question" => NodeShape.Diamond,
            "hex" or "hexagon" or "prepare" => NodeShape.Hexagon,
            "lean-r" or "lean-right" or "in-out" => NodeShape.Parallelogram,
            "lean-l" or "lean-left" or "out-in" => NodeShape.ParallelogramAlt,
            "trap-b" or "trapezoid-bottom" or "priority" or "trapezoid" => NodeShape.Trapezoid,
            "trap-t" or "trapezoid-top" or "manual" or "inv-trapezoid" => NodeShape.TrapezoidAlt,
            _ => null,
        };

        private LabelText Label(string text) =>
            text.Length >= 2 && text[0] == '"' && text[^1] == '"'
                ? text.Length >= 4 && text[1] == '`' && text[^2] == '`' ? LabelText.Parse(Dedent(text[2..^2]), markdown: true) : LabelText.Parse(text[1..^1])
                : LabelText.Parse(text);

        private sealed record EdgeKind(LineKind Line, EndKind Start, EndKind End, int Length, LabelText? Label);

        private EdgeKind? Edge()
        {
            var at = c.Position;
            var text = c.Text;
            var m = LinkPattern().Match(text, at);
            if (!m.Success) return null;
            var start = Start(m.Groups["s"].Value);
            EdgeKind edge;
            if (m.Groups["invisible"].Success)
            {
                c.Position = m.Index + m.Length;
                edge = new EdgeKind(LineKind.Invisible, EndKind.None, EndKind.None, Math.Max(1, m.Groups["invisible"].Length - 2), null);
            }
            else if (m.Groups["dottedOpen"].Success || OpensText(m, "body") || OpensText(m, "thick"))
            {
                // "-- text -->", "-. text .->", "== text ==>": the text runs to the link's own end.
                var kind = m.Groups["thick"].Success ? LineKind.Thick : m.Groups["dottedOpen"].Success ? LineKind.Dotted : LineKind.Solid;
                var textStart = (m.Groups["s"].Success ? m.Groups["s"].Index + 1 : m.Index) + 2;
                var closer = (kind switch { LineKind.Thick => ThickClose(), LineKind.Dotted => DottedClose(), _ => SolidClose() }).Match(text, textStart);
                var line = text.IndexOf('\n', textStart);
                if (!closer.Success || line >= 0 && closer.Index > line)
                    throw c.Error($"the edge's text is not followed by the rest of the edge (such as '{(kind switch { LineKind.Thick => "==>", LineKind.Dotted => ".->", _ => "-->" })}')", at);
                var end = End(closer.Groups["e"].Value);
                var label = TextLabel(text[textStart..closer.Index].Trim());
                c.Position = closer.Index + closer.Length;
                edge = new EdgeKind(kind, StartFor(start, end), end, Length(kind, closer.Groups["body"].Length, end), label);
            }
            else
            {
                c.Position = m.Index + m.Length;
                var kind = m.Groups["thick"].Success ? LineKind.Thick : m.Groups["dots"].Success ? LineKind.Dotted : LineKind.Solid;
                var marks = kind switch { LineKind.Thick => m.Groups["thick"].Length, LineKind.Dotted => m.Groups["dots"].Length, _ => m.Groups["body"].Length };
                var end = End(m.Groups["e"].Value);
                edge = new EdgeKind(kind, StartFor(start, end), end, Length(kind, marks, end), null);
            }
            c.SkipSpaces();
            if (c.Current == '|' && edge.Label is null) edge = edge with { Label = PipeLabel() };
            return edge;
        }

        // -->, ---, ==> and === are one layer long; each extra dash, dot or equals sign adds one.
        private static int Length(LineKind kind, int marks, EndKind end) =>
            kind == LineKind.Dotted ? Math.Max(1, marks) : Math.Max(1, marks - (end == EndKind.None ? 2 : 1));

        // -->|text| or -->|"text"|.
        private LabelText PipeLabel()
        {
            var at = c.Position;
            c.Position++;
            c.SkipSpaces();
            LabelText label;
            if (c.Current == '"')
            {
                label = Quoted();
                c.SkipSpaces();
            }
            else
            {
                var close = Find("|", c.Position);
                if (close < 0) throw c.Error("the edge label that starts here is not closed with '|'", at);
                label = LabelText.Parse(c.Text[c.Position..close]);
                c.Position = close;
            }
            if (c.Current != '|') throw c.Error("the edge label that starts here is not closed with '|'", at);
            c.Position++;
            return label;
        }

        // "--" and "==" alone open a text; so do "--o" and "--x" when a word follows and the line
        // has the link's own end later ("-- ok -->"): Mermaid reads them the same way.
        private bool OpensText(Match m, string group)
        {
            if (!m.Groups[group].Success) return false;
            if (m.Groups[group].Length == 2 && !m.Groups["e"].Success) return true;
            if (m.Groups[group].Length != 2 || m.Groups["e"].Value is not ("o" or "x")) return false;
            var after = m.Index + m.Length;
            if (after >= c.Text.Length || !Cursor.IsWordChar(c.Text[after])) return false;
            var line = c.Text.IndexOf('\n', after);
            var rest = c.Text[after..(line < 0 ? c.Text.Length : line)];
            return (group == "thick" ? ThickClose() : SolidClose()).IsMatch(rest);
        }

        private LabelText TextLabel(string text) => text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? Label(text) : LabelText.Parse(text);

        private static EndKind Start(string mark) => mark switch { "<" => EndKind.Arrow, "o" => EndKind.Circle, "x" => EndKind.Cross, _ => EndKind.None };

        private static EndKind End(string mark) => mark switch { ">" => EndKind.Arrow, "o" => EndKind.Circle, "x" => EndKind.Cross, _ => EndKind.None };

        // Mermaid only draws a start mark on a two-ended edge (<-->, o--o, x--x).
        private static EndKind StartFor(EndKind start, EndKind end) => end == EndKind.None ? EndKind.None : start;

        private void Finish()
        {
            // An edge to a subgraph's id goes to the subgraph: the node made for the id was never one.
            foreach (var id in _subgraphs.Keys)
            {
                if (graph.Nodes.Remove(id, out var node)) graph.NodeOrder.Remove(node);
                foreach (var s in graph.AllSubgraphs()) s.Members.Remove(id);
            }
            for (var i = 0; i < graph.Edges.Count; i++)
            {
                var style = _defaultLinkStyle;
                foreach (var (indices, s) in _linkStyles)
                    if (indices.Contains(i)) style = s.Over(style);
                graph.Edges[i].Style = style;
            }
        }
    }

    /// <summary>accTitle: text, accDescr: text, or accDescr { lines }: what every diagram type accepts.</summary>
    internal static string? Accessibility(Cursor c, string keyword)
    {
        c.Position += keyword.Length;
        c.SkipSpaces();
        if (c.Current == ':')
        {
            c.Position++;
            return c.RestOfLine().Trim();
        }
        if (c.Current == '{')
        {
            var end = c.Text.IndexOf('}', c.Position);
            if (end < 0) throw c.Error($"{keyword} '{{' is never closed with '}}'");
            var text = c.Text[(c.Position + 1)..end];
            c.Position = end + 1;
            return string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }
        throw c.Error($"{keyword} needs ':' and a text, or a text in braces");
    }

    [GeneratedRegex(@"^(?<id>[^\s\[""]+)\s*\[(?<title>.*)\]$")]
    private static partial Regex SubgraphPattern();

    // At a position: a whole link (--> --- -.-> ==> ~~~, with ends and lengths), or the opening of a
    // link with text (-- text -->, -. text .->, == text ==>).
    [GeneratedRegex(@"\G(?:(?<invisible>~{3,})|(?<s>[<ox](?=[-=]))?(?:-(?<dots>\.+)-(?<e>[>ox])?|(?<dottedOpen>-\.)|(?<body>-{2,})(?<e>[>ox])?|(?<thick>={2,})(?<e>[>ox])?))")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\s*(?<body>-{2,})(?<e>[>ox])|\s*(?<body>-{3,})")]
    private static partial Regex SolidClose();

    [GeneratedRegex(@"\s*(?<body>\.+)-(?<e>[>ox])?")]
    private static partial Regex DottedClose();

    [GeneratedRegex(@"\s*(?<body>={2,})(?<e>[>ox])|\s*(?<body>={3,})")]
    private static partial Regex ThickClose();
}
