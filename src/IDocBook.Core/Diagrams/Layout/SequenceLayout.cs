using IDocBook.Core.Model;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>
/// Lays out a sequence diagram directly, as Mermaid does: participants in columns spaced so that
/// every message's text fits between its ends, then the events row by row down the lifelines, with
/// activation bars, notes and block frames. Participant boxes are repeated at the foot.
/// </summary>
internal static class SequenceLayout
{
    private const float Margin = 6, MinBox = 60, Gap = 24, RowGap = 10, SelfLoop = 26, ActivationWidth = 9, FramePad = 10;

    public static DiagramScene Layout(SequenceDiagram diagram, ITextMeasure measure)
    {
        if (diagram.Participants.Count == 0) throw new Mermaid.MermaidSyntaxException(1, 1, "the sequence diagram has no participants");
        var builder = new Builder(diagram, measure);
        return builder.Build();
    }

    private sealed class Column(Participant participant, LabelBlock label)
    {
        public Participant Participant { get; } = participant;
        public LabelBlock Label { get; } = label;
        public float Width => Math.Max(MinBox, Label.Width + 2 * DiagramLook.PadX);
        public float BoxHeight => Participant.Actor ? ActorFigure + Label.Height + 4 : Label.Height + 2 * DiagramLook.PadY + 4;
        public float X { get; set; }
        public float Top { get; set; }
        public float? End { get; set; }
        public List<(float From, float? To, int Depth)> Activations { get; } = [];
        public int Depth => Activations.Count(a => a.To is null);
    }

    private const float ActorFigure = 30;

    private sealed class Frame(BlockStart start, float top, int depth)
    {
        public BlockStart Start { get; } = start;
        public float Top { get; } = top;
        public int Depth { get; } = depth;
        public List<(float Y, LabelText Label)> Branches { get; } = [];
        public HashSet<int> Columns { get; } = [];
    }

    private sealed class Builder(SequenceDiagram diagram, ITextMeasure measure)
    {
        private readonly List<SceneShape> _back = [], _lines = [], _front = [];
        private readonly List<SceneText> _texts = [];
        private readonly Dictionary<string, int> _index = diagram.Participants.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        private List<Column> _columns = [];

        public DiagramScene Build()
        {
            _columns = [.. diagram.Participants.Select(p => new Column(p, LabelBlock.Measure(p.Label, measure, ShapeStyle.None)))];
            var measured = diagram.Events.Select(Measure).ToList();
            PlaceColumns(measured);

            var boxTitle = diagram.Boxes.Where(b => !b.Title.IsEmpty).Select(b => LabelBlock.Measure(b.Title, measure, new ShapeStyle { Bold = true })).DefaultIfEmpty().Max(b => b?.Height ?? 0);
            var top = Margin + (boxTitle > 0 ? boxTitle + 6 : diagram.Boxes.Count > 0 ? 4 : 0);
            var headHeight = _columns.Where(c => !c.Participant.Created).Select(c => c.BoxHeight).DefaultIfEmpty(0).Max();
            foreach (var column in _columns.Where(c => !c.Participant.Created))
            {
                DrawParticipant(column, top + headHeight - column.BoxHeight);
                column.Top = top + headHeight;
            }
            var y = top + headHeight + RowGap;
            var frames = new Stack<Frame>();
            var allFrames = new List<(Frame Frame, float Bottom)>();
            for (var i = 0; i < diagram.Events.Count; i++)
                y = Event(diagram.Events[i], measured[i], y, frames, allFrames);
            y += RowGap;

            foreach (var column in _columns)
            {
                foreach (var (from, to, depth) in column.Activations)
                {
                    var x = column.X - ActivationWidth / 2 + depth * ActivationWidth / 2;
                    _lines.Add(new SceneShape("activation", PathBuilder.Rectangle(x, from, ActivationWidth, (to ?? y) - from), DiagramLook.ActivationFill, DiagramLook.NodeStroke, DiagramLook.Stroke));
                }
            }
            var bottom = y;
            foreach (var column in _columns)
            {
                var end = column.End ?? bottom;
                _back.Insert(0, new SceneShape("lifeline", PathBuilder.Line(column.X, column.Top, column.X, end), 0, DiagramLook.ClusterStroke, DiagramLook.Stroke) { Dash = [3, 3] });
                if (column.End is null) DrawParticipant(column, bottom);
            }
            var height = bottom + _columns.Where(c => c.End is null).Select(c => c.BoxHeight).DefaultIfEmpty(0).Max() + Margin;
            foreach (var (frame, frameBottom) in allFrames) DrawFrame(frame, frameBottom);
            DrawBoxes(top, height - Margin);

            return SceneBounds.Fit([.. _back, .. _lines, .. _front], _texts, Margin, measure.Ascent, measure.Descent);
        }

        private sealed record Measured(LabelBlock? Label);

        private Measured Measure(SequenceEvent e) => e switch
        {
            Message m => new Measured(LabelBlock.Measure(m.Text, measure, ShapeStyle.None)),
            SequenceNote n => new Measured(LabelBlock.Measure(n.Text, measure, ShapeStyle.None)),
            BlockStart b => new Measured(LabelBlock.Measure(b.Label.IsEmpty ? b.Label : Bracketed(b.Label), measure, ShapeStyle.None)),
            BlockBranch b => new Measured(LabelBlock.Measure(b.Label.IsEmpty ? b.Label : Bracketed(b.Label), measure, ShapeStyle.None)),
            _ => new Measured(null),
        };

        private static LabelText Bracketed(LabelText label) =>
            new([.. label.Lines.Select((l, i) => (IReadOnlyList<LabelRun>)[.. i == 0 ? [new LabelRun("[")] : Array.Empty<LabelRun>(), .. l, .. i == label.Lines.Count - 1 ? [new LabelRun("]")] : Array.Empty<LabelRun>()])]);

        // Columns: each gap wide enough for the boxes, then widened until every message's text
        // fits between its two lifelines and every note fits beside its lifeline.
        private void PlaceColumns(List<Measured> measured)
        {
            var n = _columns.Count;
            var gaps = new float[Math.Max(0, n - 1)];
            for (var i = 0; i < gaps.Length; i++) gaps[i] = (_columns[i].Width + _columns[i + 1].Width) / 2 + Gap;
            var left = _columns[0].Width / 2;
            var needs = new List<(int From, int To, float Width)>();
            for (var e = 0; e < diagram.Events.Count; e++)
            {
                var label = measured[e].Label;
                switch (diagram.Events[e])
                {
                    case Message m:
                        var (a, b) = (_index[m.From], _index[m.To]);
                        var w = (label?.Width ?? 0) + (m.Number is null ? 0 : 16);
                        if (a == b)
                        {
                            if (a < n - 1) needs.Add((a, a + 1, w + SelfLoop + 16));
                        }
                        else needs.Add((Math.Min(a, b), Math.Max(a, b), w + 24));
                        break;
                    case SequenceNote note:
                        var noteWidth = (label?.Width ?? 0) + 2 * DiagramLook.PadX;
                        var i0 = _index[note.Participants[0]];
                        var i1 = _index[note.Participants[^1]];
                        if (note.Place == NotePlace.RightOf)
                        {
                            if (i0 < n - 1) needs.Add((i0, i0 + 1, noteWidth + 12 + _columns[i0 + 1].Width / 2));
                        }
                        else if (note.Place == NotePlace.LeftOf)
                        {
                            if (i0 > 0) needs.Add((i0 - 1, i0, noteWidth + 12 + _columns[i0 - 1].Width / 2));
                            else left = Math.Max(left, noteWidth + 12);
                        }
                        else if (Math.Min(i0, i1) != Math.Max(i0, i1)) needs.Add((Math.Min(i0, i1), Math.Max(i0, i1), noteWidth - 20));
                        else
                        {
                            left = i0 == 0 ? Math.Max(left, noteWidth / 2) : left;
                            if (i0 > 0) needs.Add((i0 - 1, i0, noteWidth / 2 + _columns[i0 - 1].Width / 2 + 6));
                            if (i0 < n - 1) needs.Add((i0, i0 + 1, noteWidth / 2 + _columns[i0 + 1].Width / 2 + 6));
                        }
                        break;
                }
            }
            foreach (var (from, to, width) in needs.OrderBy(x => x.To - x.From))
            {
                var have = 0f;
                for (var g = from; g < to; g++) have += gaps[g];
                if (have < width)
                    for (var g = from; g < to; g++) gaps[g] += (width - have) / (to - from);
            }
            var x = Margin + left;
            for (var i = 0; i < n; i++)
            {
                _columns[i].X = x;
                if (i < gaps.Length) x += gaps[i];
            }
        }


        private float Event(SequenceEvent e, Measured measured, float y, Stack<Frame> frames, List<(Frame, float)> allFrames)
        {
            switch (e)
            {
                case Message m: return DrawMessage(m, measured.Label!, y, frames);
                case SequenceNote note: return DrawNote(note, measured.Label!, y, frames);
                case Activation a:
                    var column = _columns[_index[a.Participant]];
                    if (a.On) column.Activations.Add((y, null, column.Depth));
                    else Deactivate(column, y);
                    return y;
                case Lifetime { Created: true } created:
                    var made = _columns[_index[created.Participant]];
                    DrawParticipant(made, y);
                    made.Top = y + made.BoxHeight;
                    return y + made.BoxHeight + RowGap;
                case Lifetime destroyed:
                    var gone = _columns[_index[destroyed.Participant]];
                    var end = y - RowGap / 2;
                    gone.End = end;
                    _front.Add(new SceneShape("lifeline", PathBuilder.Line(gone.X - 6, end - 6, gone.X + 6, end + 6), 0, DiagramLook.Line, 1.2f));
                    _front.Add(new SceneShape("lifeline", PathBuilder.Line(gone.X - 6, end + 6, gone.X + 6, end - 6), 0, DiagramLook.Line, 1.2f));
                    return y + 6;
                case BlockStart start:
                    var frame = new Frame(start, y, frames.Count);
                    frames.Push(frame);
                    var header = Math.Max(measured.Label?.Height ?? 0, DiagramLook.LabelSize * DiagramLook.LineHeight);
                    if (!measured.Label!.IsEmpty) _pendingLabels[frame] = measured.Label;
                    return y + header + 2 * DiagramLook.PadY;
                case BlockBranch branch:
                    if (frames.TryPeek(out var open))
                    {
                        open.Branches.Add((y, branch.Label));
                        if (!measured.Label!.IsEmpty) _branchLabels[(open, open.Branches.Count - 1)] = measured.Label;
                    }
                    return y + Math.Max(measured.Label?.Height ?? 0, DiagramLook.LabelSize * DiagramLook.LineHeight) + DiagramLook.PadY;
                case BlockEnd:
                    if (frames.TryPop(out var closed))
                    {
                        allFrames.Add((closed, y));
                        if (frames.TryPeek(out var outer)) outer.Columns.UnionWith(closed.Columns);
                    }
                    return y + RowGap;
                default: return y;
            }
        }

        private readonly Dictionary<Frame, LabelBlock> _pendingLabels = [];
        private readonly Dictionary<(Frame, int), LabelBlock> _branchLabels = [];

        private static void Deactivate(Column column, float y)
        {
            for (var i = column.Activations.Count - 1; i >= 0; i--)
            {
                if (column.Activations[i].To is not null) continue;
                column.Activations[i] = column.Activations[i] with { To = y };
                return;
            }
        }

        private float Edge(Column column, bool towardsRight)
        {
            var depth = column.Depth;
            if (depth == 0) return column.X;
            var offset = (depth - 1) * ActivationWidth / 2;
            return towardsRight ? column.X + offset + ActivationWidth / 2 : column.X + offset - ActivationWidth / 2;
        }

        private float DrawMessage(Message m, LabelBlock label, float y, Stack<Frame> frames)
        {
            var from = _columns[_index[m.From]];
            var to = _columns[_index[m.To]];
            foreach (var frame in frames) { frame.Columns.Add(_index[m.From]); frame.Columns.Add(_index[m.To]); }
            var dash = m.Line == LineKind.Dotted ? (IReadOnlyList<float>)[3, 2.5f] : [];
            var textTop = y;
            y += label.Height + 3;
            if (ReferenceEquals(from, to))
            {
                var x = Edge(from, true);
                var loopTop = y - 4;
                var loopBottom = y + 12;
                var path = new List<PathSegment>
                {
                    new(PathVerb.MoveTo, x, loopTop),
                    new(PathVerb.CubicTo, x, loopBottom, x + SelfLoop * 1.6f, loopTop, x + SelfLoop * 1.6f, loopBottom),
                };
                _lines.Add(new SceneShape("message", path, 0, DiagramLook.Line, DiagramLook.Stroke) { Dash = dash });
                Head(m.Head, (x + 8, loopBottom - 1), (x, loopBottom));
                if (m.BothEnds) Head(MessageHead.Arrow, (x + 8, loopTop + 1), (x, loopTop));
                _texts.AddRange(label.Place(x + SelfLoop + label.Width / 2 + 6, textTop - 4, DiagramLook.Text));
                Number(m, x, loopTop);
                y = loopBottom + RowGap;
            }
            else
            {
                var rightwards = to.X > from.X;
                var x1 = Edge(from, rightwards);
                if (m.ActivateTarget) to.Activations.Add((y - 4, null, to.Depth));
                var x2 = Edge(to, !rightwards);
                _lines.Add(new SceneShape("message", PathBuilder.Line(x1, y, x2, y), 0, DiagramLook.Line, DiagramLook.Stroke) { Dash = dash });
                var back = rightwards ? -1 : 1;
                Head(m.Head, (x2 + back * DiagramLook.ArrowLength * 1.2f, y), (x2, y));
                if (m.BothEnds) Head(m.Head == MessageHead.None ? MessageHead.Arrow : m.Head, (x1 - back * DiagramLook.ArrowLength * 1.2f, y), (x1, y));
                _texts.AddRange(label.Place((x1 + x2) / 2, textTop, DiagramLook.Text));
                Number(m, x1, y);
                y += RowGap + 2;
            }
            if (m.DeactivateSource) Deactivate(from, y - RowGap);
            return y;
        }

        private void Head(MessageHead head, (float X, float Y) from, (float X, float Y) tip)
        {
            switch (head)
            {
                case MessageHead.Arrow:
                    _front.AddRange(Arrowheads.Draw(EndKind.Arrow, from, tip, DiagramLook.Line, DiagramLook.Stroke));
                    break;
                case MessageHead.Cross:
                    var (x, y) = (tip.X + (from.X - tip.X) * 0.6f, tip.Y);
                    _front.Add(new SceneShape("arrowhead", PathBuilder.Line(x - 4, y - 4, x + 4, y + 4), 0, DiagramLook.Line, 1.2f));
                    _front.Add(new SceneShape("arrowhead", PathBuilder.Line(x - 4, y + 4, x + 4, y - 4), 0, DiagramLook.Line, 1.2f));
                    break;
                case MessageHead.Async:
                    var (dx, dy) = (from.X - tip.X, from.Y - tip.Y);
                    var length = MathF.Sqrt(dx * dx + dy * dy);
                    var (nx, ny) = (-dy / length * 3.5f, dx / length * 3.5f);
                    _front.Add(new SceneShape("arrowhead", PathBuilder.Polyline([(from.X + nx, from.Y + ny), (tip.X, tip.Y), (from.X - nx, from.Y - ny)]), 0, DiagramLook.Line, DiagramLook.Stroke));
                    break;
            }
        }

        private void Number(Message m, float x, float y)
        {
            if (m.Number is not { } number) return;
            const float r = 6.5f;
            _front.Add(new SceneShape("number", PathBuilder.Ellipse(x, y, r, r), DiagramLook.Line, 0, 0));
            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var block = LabelBlock.Measure(LabelText.Plain(text), measure, new ShapeStyle { Bold = true }, 7f);
            _texts.AddRange(block.Place(x, y - block.Height / 2, 0xFFFFFFFF));
        }

        private float DrawNote(SequenceNote note, LabelBlock label, float y, Stack<Frame> frames)
        {
            var first = _columns[_index[note.Participants[0]]];
            var last = _columns[_index[note.Participants[^1]]];
            foreach (var frame in frames) foreach (var p in note.Participants) frame.Columns.Add(_index[p]);
            var w = label.Width + 2 * DiagramLook.PadX;
            var h = label.Height + 2 * DiagramLook.PadY;
            float x;
            switch (note.Place)
            {
                case NotePlace.LeftOf: x = first.X - 8 - w; break;
                case NotePlace.RightOf: x = first.X + 8; break;
                default:
                    var (l, r) = (Math.Min(first.X, last.X), Math.Max(first.X, last.X));
                    if (r - l + 20 > w) { x = l - 10; w = r - l + 20; }
                    else x = (l + r) / 2 - w / 2;
                    break;
            }
            _front.Add(new SceneShape("note", PathBuilder.Rectangle(x, y, w, h), DiagramLook.NoteFill, DiagramLook.NoteStroke, DiagramLook.Stroke));
            _texts.AddRange(label.Place(x + w / 2, y + DiagramLook.PadY, DiagramLook.Text));
            return y + h + RowGap;
        }

        private void DrawParticipant(Column column, float top)
        {
            var w = column.Width;
            if (column.Participant.Actor)
            {
                var (cx, head) = (column.X, top + 6);
                _front.Add(new SceneShape("actor", PathBuilder.Ellipse(cx, head, 5, 5), DiagramLook.NodeFill, DiagramLook.NodeStroke, 1f));
                _front.Add(new SceneShape("actor", PathBuilder.Line(cx, head + 5, cx, head + 16), 0, DiagramLook.NodeStroke, 1f));
                _front.Add(new SceneShape("actor", PathBuilder.Line(cx - 8, head + 9, cx + 8, head + 9), 0, DiagramLook.NodeStroke, 1f));
                _front.Add(new SceneShape("actor", PathBuilder.Polyline([(cx - 7, head + 25), (cx, head + 16), (cx + 7, head + 25)]), 0, DiagramLook.NodeStroke, 1f));
                _texts.AddRange(column.Label.Place(cx, top + ActorFigure + 2, DiagramLook.Text));
                return;
            }
            var h = column.BoxHeight - 4;
            _front.Add(new SceneShape("actor", PathBuilder.RoundedRectangle(column.X - w / 2, top + 2, w, h, 3), DiagramLook.NodeFill, DiagramLook.NodeStroke, DiagramLook.Stroke));
            _texts.AddRange(column.Label.Place(column.X, top + 2 + DiagramLook.PadY, DiagramLook.Text));
        }

        private void DrawFrame(Frame frame, float bottom)
        {
            var columns = frame.Columns.Count > 0 ? frame.Columns : [0];
            var inset = frame.Depth * 4;
            var left = columns.Min(i => _columns[i].X - _columns[i].Width / 2) - FramePad + inset;
            var right = columns.Max(i => _columns[i].X + _columns[i].Width / 2) + FramePad - inset;
            var top = frame.Top;
            if (frame.Start.Kind == "rect")
            {
                _back.Add(new SceneShape("frame", PathBuilder.Rectangle(left, top, right - left, bottom - top), frame.Start.Fill ?? DiagramLook.ClusterFill, 0, 0));
                return;
            }
            _lines.Add(new SceneShape("frame", PathBuilder.Rectangle(left, top, right - left, bottom - top), 0, DiagramLook.FrameStroke, DiagramLook.Stroke));
            var kind = LabelBlock.Measure(LabelText.Plain(frame.Start.Kind), measure, new ShapeStyle { Bold = true });
            var tabW = kind.Width + 2 * DiagramLook.PadX;
            var tabH = kind.Height + 2;
            _lines.Add(new SceneShape("frame", PathBuilder.Polygon([(left, top), (left + tabW + 6, top), (left + tabW + 6, top + tabH - 5), (left + tabW + 1, top + tabH), (left, top + tabH)]), DiagramLook.ActivationFill, DiagramLook.FrameStroke, DiagramLook.Stroke));
            _texts.AddRange(kind.Place(left + tabW / 2 + 2, top + 1, DiagramLook.Text));
            if (_pendingLabels.TryGetValue(frame, out var label))
                _texts.AddRange(label.Place(0, top + 1, DiagramLook.Text, leftAligned: true, left: left + tabW + 12));
            for (var i = 0; i < frame.Branches.Count; i++)
            {
                var y = frame.Branches[i].Y;
                _lines.Add(new SceneShape("frame", PathBuilder.Line(left, y, right, y), 0, DiagramLook.FrameStroke, DiagramLook.Stroke) { Dash = [3, 2] });
                if (_branchLabels.TryGetValue((frame, i), out var branch))
                    _texts.AddRange(branch.Place((left + right) / 2, y + 2, DiagramLook.Text));
            }
        }

        private void DrawBoxes(float top, float bottom)
        {
            foreach (var box in diagram.Boxes)
            {
                var members = box.Members.Where(_index.ContainsKey).Select(id => _columns[_index[id]]).ToList();
                if (members.Count == 0) continue;
                var left = members.Min(c => c.X - c.Width / 2) - 6;
                var right = members.Max(c => c.X + c.Width / 2) + 6;
                var title = LabelBlock.Measure(box.Title, measure, new ShapeStyle { Bold = true });
                var boxTop = top - (title.IsEmpty ? 4 : title.Height + 6);
                _back.Insert(0, new SceneShape("group", PathBuilder.Rectangle(left, boxTop, right - left, bottom - boxTop), box.Fill ?? DiagramLook.ClusterFill, DiagramLook.ClusterStroke, DiagramLook.Stroke));
                _texts.AddRange(title.Place((left + right) / 2, boxTop + 3, DiagramLook.Text));
            }
        }
    }
}
