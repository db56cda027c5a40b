using System.Text.RegularExpressions;

namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>
/// Mermaid's <c>stateDiagram-v2</c> (and <c>stateDiagram</c>) as a graph: states, <c>[*]</c> start and
/// end points (one pair per composite state), transitions with labels, descriptions, composite states
/// (subgraphs) with concurrent regions (<c>--</c>), <c>&lt;&lt;fork&gt;&gt;</c>/<c>&lt;&lt;join&gt;&gt;</c>
/// bars and <c>&lt;&lt;choice&gt;&gt;</c> diamonds, notes (joined to their state by a dotted line),
/// <c>direction</c>, <c>classDef</c>/<c>class</c>/<c>:::</c> and <c>style</c>.
/// </summary>
internal static partial class StateParser
{
    public static GraphDiagram Parse(MermaidSource source)
    {
        var graph = new GraphDiagram();
        new State(graph, new Cursor(source.Body)).Run();
        return graph;
    }

    private sealed class Scope(Subgraph? container, Subgraph? composite, int at = 0)
    {
        /// <summary>Where the composite state was opened, for the error when it is never closed.</summary>
        public int At { get; } = at;
        /// <summary>Where new states go: the composite state, or its current region; null at the top.</summary>
        public Subgraph? Container { get; set; } = container;
        public Subgraph? Composite { get; } = composite;
        public string Key => Container?.Id ?? "root";
    }

    private sealed class State(GraphDiagram graph, Cursor c)
    {
        private readonly Stack<Scope> _scopes = new();
        private readonly Dictionary<string, Subgraph> _composites = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _descriptions = new(StringComparer.Ordinal);
        private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
        private int _notes, _regions;

        private Scope Current => _scopes.Peek();

        public void Run()
        {
            _scopes.Push(new Scope(null, null));
            while (true)
            {
                c.SkipSeparators();
                if (c.AtEnd) break;
                var at = c.Position;
                var line = c.RestOfLine().Trim();
                Statement(line, at);
            }
            if (_scopes.Count > 1) throw c.Error($"composite state '{Current.Composite!.Id}' is never closed with '}}'", Current.At);
            Finish();
        }

        private void Statement(string line, int at)
        {
            Match m;
            if (line == "}") Close(at);
            else if (line == "--" || line == "---") Region(at);
            else if ((m = DirectionPattern().Match(line)).Success)
            {
                var direction = FlowchartParser.Direction(m.Groups[1].Value) ?? throw c.Error($"'{m.Groups[1].Value}' is not a direction; write TB, BT, LR or RL", at);
                if (Current.Composite is { } composite) composite.Direction = direction;
                else graph.Direction = direction;
            }
            else if (line.StartsWith("accTitle", StringComparison.Ordinal) || line.StartsWith("accDescr", StringComparison.Ordinal)) Accessibility(line, at);
            else if (line.StartsWith("hide ", StringComparison.Ordinal) || line.StartsWith("scale ", StringComparison.Ordinal) || line.StartsWith("click ", StringComparison.Ordinal)) { }
            else if ((m = ClassDefPattern().Match(line)).Success)
            {
                var style = ShapeStyle.Parse(m.Groups["style"].Value);
                foreach (var name in m.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    graph.ClassDefs[name] = graph.ClassDefs.TryGetValue(name, out var earlier) ? style.Over(earlier) : style;
            }
            else if ((m = ClassPattern().Match(line)).Success)
            {
                foreach (var id in m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddClass(id, m.Groups["name"].Value);
            }
            else if ((m = StylePattern().Match(line)).Success)
            {
                var style = ShapeStyle.Parse(m.Groups["style"].Value);
                foreach (var id in m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (_composites.TryGetValue(id, out var composite)) composite.Style = style.Over(composite.Style);
                    else StateNode(id, at).Style = style.Over(StateNode(id, at).Style);
                }
            }
            else if (line.StartsWith("note ", StringComparison.Ordinal)) Note(line, at);
            else if (line.StartsWith("state ", StringComparison.Ordinal)) Declaration(line[6..].Trim(), at);
            else if ((m = TransitionPattern().Match(line)).Success)
            {
                var from = Endpoint(m.Groups["from"].Value, start: true, at);
                var to = Endpoint(m.Groups["to"].Value, start: false, at);
                if (graph.Edges.Count >= FlowchartParser.MaxEdges) throw c.Error($"the diagram has more than {FlowchartParser.MaxEdges} transitions", at);
                graph.Edges.Add(new GraphEdge(from, to)
                {
                    Label = m.Groups["label"].Success && m.Groups["label"].Value.Trim().Length > 0 ? LabelText.Parse(m.Groups["label"].Value.Trim()) : null,
                });
            }
            else if ((m = DescriptionPattern().Match(line)).Success)
            {
                var id = Id(m.Groups["id"].Value, at);
                StateNode(id, at);
                Describe(id, m.Groups["text"].Value.Trim());
            }
            else if ((m = IdPattern().Match(line)).Success) Endpoint(line, start: true, at);
            else throw c.Error($"'{Shorten(line)}' is not a state diagram statement", at);
        }

        private void Declaration(string rest, int at)
        {
            var opens = rest.EndsWith('{');
            if (opens) rest = rest[..^1].TrimEnd();
            string id;
            string? description = null;
            Match m;
            if ((m = QuotedAsPattern().Match(rest)).Success)
            {
                id = Id(m.Groups["id"].Value, at);
                description = m.Groups["text"].Value;
            }
            else if ((m = AsQuotedPattern().Match(rest)).Success)
            {
                id = Id(m.Groups["id"].Value, at);
                description = m.Groups["text"].Value;
            }
            else if ((m = StereotypePattern().Match(rest)).Success)
            {
                id = Id(m.Groups["id"].Value, at);
                var node = StateNode(id, at);
                node.Shape = m.Groups["kind"].Value.ToLowerInvariant() switch
                {
                    "fork" or "join" => NodeShape.Bar,
                    "choice" => NodeShape.Diamond,
                    _ => throw c.Error($"<<{m.Groups["kind"].Value}>> is not a state kind; write <<fork>>, <<join>> or <<choice>>", at),
                };
                node.Label = LabelText.Empty;
                return;
            }
            else if ((m = DescriptionPattern().Match(rest)).Success)
            {
                id = Id(m.Groups["id"].Value, at);
                description = m.Groups["text"].Value.Trim();
            }
            else id = Id(rest, at);

            if (opens) OpenComposite(id, description, at);
            else
            {
                StateNode(id, at);
                if (description is not null) Describe(id, description);
            }
        }

        private void OpenComposite(string id, string? description, int at)
        {
            if (_scopes.Count > FlowchartParser.MaxDepth) throw c.Error($"composite states are nested more than {FlowchartParser.MaxDepth} deep", at);
            if (!_composites.TryGetValue(id, out var composite))
            {
                composite = new Subgraph(id) { Title = LabelText.Plain(id) };
                _composites[id] = composite;
                if (Current.Container is { } parent) parent.Children.Add(composite);
                else graph.Subgraphs.Add(composite);
            }
            if (description is not null) composite.Title = LabelText.Parse(description);
            _scopes.Push(new Scope(composite, composite, at));
        }

        private void Close(int at)
        {
            if (_scopes.Count <= 1) throw c.Error("'}' without a composite state to close", at);
            _scopes.Pop();
        }

        // "--" splits a composite state into concurrent regions: what came before becomes the first.
        private void Region(int at)
        {
            var composite = Current.Composite ?? throw c.Error("'--' separates concurrent regions, and only inside a composite state", at);
            if (ReferenceEquals(Current.Container, composite))
            {
                var first = new Subgraph($"{composite.Id}#region{_regions++}") { Region = true };
                first.Members.AddRange(composite.Members);
                first.Children.AddRange(composite.Children);
                composite.Members.Clear();
                composite.Children.Clear();
                composite.Children.Add(first);
            }
            var region = new Subgraph($"{composite.Id}#region{_regions++}") { Region = true };
            composite.Children.Add(region);
            Current.Container = region;
        }

        private void Note(string line, int at)
        {
            var m = NotePattern().Match(line);
            if (!m.Success) throw c.Error("a note is written 'note left of State : text' or 'note right of State' … 'end note'", at);
            var target = Id(m.Groups["id"].Value, at);
            string text;
            if (m.Groups["text"].Success) text = m.Groups["text"].Value.Trim();
            else
            {
                var lines = new List<string>();
                while (true)
                {
                    if (c.AtEnd) throw c.Error("the note that starts here is never closed with 'end note'", at);
                    c.SkipSeparators();
                    var next = c.RestOfLine().Trim();
                    if (next.Equals("end note", StringComparison.OrdinalIgnoreCase)) break;
                    lines.Add(next);
                }
                text = string.Join("<br>", lines);
            }
            StateNode(target, at);
            var note = AddNode($"note-{_notes++}", at);
            note.Shape = NodeShape.Note;
            note.Label = LabelText.Parse(text);
            graph.Edges.Add(new GraphEdge(note.Id, target) { Line = LineKind.Dotted, End = EndKind.None });
        }

        private void Accessibility(string line, int at)
        {
            c.Position = at;
            c.SkipSpaces();
            var keyword = line.StartsWith("accTitle", StringComparison.Ordinal) ? "accTitle" : "accDescr";
            var text = FlowchartParser.Accessibility(c, keyword);
            if (keyword == "accTitle") graph.AccTitle = text;
            else graph.AccDescription = text;
        }

        private string Endpoint(string text, bool start, int at)
        {
            text = text.Trim();
            string? className = null;
            var classAt = text.IndexOf(":::", StringComparison.Ordinal);
            if (classAt >= 0)
            {
                className = text[(classAt + 3)..].Trim();
                text = text[..classAt].Trim();
            }
            if (text == "[*]")
            {
                var id = PseudoId(start, Current.Key);
                var node = AddNode(id, at);
                node.Shape = start ? NodeShape.Start : NodeShape.End;
                node.Label = LabelText.Empty;
                return id;
            }
            var stateId = Id(text, at);
            StateNode(stateId, at);
            if (className is { Length: > 0 }) AddClass(stateId, className);
            return stateId;
        }

        private static string PseudoId(bool start, string scope) => $"[*]{(start ? "start" : "end")}@{scope}";

        private GraphNode StateNode(string id, int at)
        {
            if (_composites.ContainsKey(id)) return graph.Node(id);
            _declared.Add(id);
            var node = AddNode(id, at);
            if (node.Shape == NodeShape.Rectangle) node.Shape = NodeShape.Rounded;
            return node;
        }

        private GraphNode AddNode(string id, int at)
        {
            if (graph.Nodes.TryGetValue(id, out var existing)) return existing;
            if (graph.Nodes.Count >= FlowchartParser.MaxNodes) throw c.Error($"the diagram has more than {FlowchartParser.MaxNodes} states", at);
            var node = graph.Node(id);
            Current.Container?.Members.Add(id);
            return node;
        }

        private void Describe(string id, string text)
        {
            if (!_descriptions.TryGetValue(id, out var list)) _descriptions[id] = list = [];
            list.Add(text);
        }

        private void AddClass(string id, string name)
        {
            if (_composites.TryGetValue(id, out var composite)) composite.Classes.Add(name);
            else graph.Node(id).Classes.Add(name);
        }

        private string Id(string text, int at)
        {
            text = text.Trim();
            if (!IdPattern().IsMatch(text)) throw c.Error($"'{Shorten(text)}' is not a state name; use letters, digits, '_' and '-', or 'state \"Any text\" as Name'", at);
            return text;
        }

        private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

        private void Finish()
        {
            foreach (var (id, texts) in _descriptions)
            {
                if (!graph.Nodes.TryGetValue(id, out var node)) continue;
                node.Label = texts.Count == 1
                    ? LabelText.Parse(texts[0])
                    : new LabelText([[new LabelRun(id, Bold: true)], .. texts.SelectMany(t => LabelText.Parse(t).Lines)]);
            }
            // A transition to a composite state goes to its box; the node its name made is dropped.
            foreach (var id in _composites.Keys)
            {
                if (graph.Nodes.Remove(id, out var node)) graph.NodeOrder.Remove(node);
                foreach (var s in graph.AllSubgraphs()) s.Members.Remove(id);
            }
        }
    }

    [GeneratedRegex(@"^direction\s+(\S+)$")]
    private static partial Regex DirectionPattern();

    [GeneratedRegex(@"^classDef\s+(?<names>\S+)\s+(?<style>.+)$")]
    private static partial Regex ClassDefPattern();

    [GeneratedRegex(@"^class\s+(?<ids>.+?)\s+(?<name>[\w-]+)$")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"^style\s+(?<ids>\S+)\s+(?<style>.+)$")]
    private static partial Regex StylePattern();

    [GeneratedRegex(@"^(?<from>\[\*\]|[\w.\-]+(?::::[\w-]+)?)\s*-->\s*(?<to>\[\*\]|[\w.\-]+(?::::[\w-]+)?)\s*(?::(?<label>.*))?$")]
    private static partial Regex TransitionPattern();

    [GeneratedRegex(@"^(?<id>[\w.\-]+)\s*:(?!::)(?<text>.*)$")]
    private static partial Regex DescriptionPattern();

    [GeneratedRegex(@"^[\w.\-]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^""(?<text>[^""]*)""\s+as\s+(?<id>[\w.\-]+)$")]
    private static partial Regex QuotedAsPattern();

    [GeneratedRegex(@"^(?<id>[\w.\-]+)\s+as\s+""(?<text>[^""]*)""$")]
    private static partial Regex AsQuotedPattern();

    [GeneratedRegex(@"^(?<id>[\w.\-]+)\s*<<(?<kind>\w+)>>$")]
    private static partial Regex StereotypePattern();

    [GeneratedRegex(@"^note\s+(?:left|right)\s+of\s+(?<id>[\w.\-]+)\s*(?::(?<text>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotePattern();
}
