using System.Text.RegularExpressions;

namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>
/// Mermaid's <c>sequenceDiagram</c>: participants and actors (with aliases, <c>create</c>,
/// <c>destroy</c> and <c>box</c> groups), messages of every arrow kind with <c>+</c>/<c>-</c>
/// activation, <c>activate</c>/<c>deactivate</c>, notes, <c>loop</c>/<c>alt</c>/<c>else</c>/<c>opt</c>/
/// <c>par</c>/<c>and</c>/<c>critical</c>/<c>option</c>/<c>break</c>/<c>rect</c> blocks and
/// <c>autonumber</c>. One statement per line.
/// </summary>
internal static partial class SequenceParser
{
    public const int MaxParticipants = 100, MaxEvents = 5000;

    public static SequenceDiagram Parse(MermaidSource source)
    {
        var diagram = new SequenceDiagram { Title = source.Title };
        var c = new Cursor(source.Body);
        var blocks = new Stack<(string Kind, int At)>();
        ParticipantBox? box = null;
        int? number = null;
        var step = 1;
        while (true)
        {
            c.SkipSeparators();
            if (c.AtEnd) break;
            var at = c.Position;
            var line = c.RestOfLine().Trim().TrimEnd(';');
            if (diagram.Events.Count >= MaxEvents) throw c.Error($"the diagram has more than {MaxEvents} statements", at);
            Match m;
            if ((m = ParticipantPattern().Match(line)).Success)
            {
                var id = m.Groups["id"].Value.Trim();
                var label = m.Groups["alias"].Success ? Text(m.Groups["alias"].Value.Trim()) : LabelText.Plain(id);
                var participant = Declare(diagram, id, c, at);
                participant.Label = label;
                participant.Actor = m.Groups["kind"].Value == "actor";
                if (m.Groups["create"].Success)
                {
                    participant.Created = true;
                    diagram.Events.Add(new Lifetime(id, Created: true));
                }
                box?.Members.Add(id);
            }
            else if ((m = DestroyPattern().Match(line)).Success)
            {
                var id = m.Groups["id"].Value.Trim();
                Declare(diagram, id, c, at);
                diagram.Events.Add(new Lifetime(id, Created: false));
            }
            else if ((m = MessagePattern().Match(line)).Success)
            {
                var from = m.Groups["from"].Value.Trim();
                var to = m.Groups["to"].Value.Trim();
                if (from.Length == 0 || to.Length == 0) throw c.Error("a message needs a sender and a receiver: A->>B: text", at);
                Declare(diagram, from, c, at);
                Declare(diagram, to, c, at);
                var arrow = m.Groups["arrow"].Value;
                var head = arrow[^1] switch { 'x' => MessageHead.Cross, ')' => MessageHead.Async, '>' when arrow.EndsWith(">>", StringComparison.Ordinal) => MessageHead.Arrow, _ => MessageHead.None };
                var both = arrow.StartsWith("<<", StringComparison.Ordinal);
                diagram.Events.Add(new Message(from, to, Text(m.Groups["text"].Value.Trim()), arrow.Contains("--", StringComparison.Ordinal) ? LineKind.Dotted : LineKind.Solid, head, both, number)
                {
                    ActivateTarget = m.Groups["mark"].Value == "+",
                    DeactivateSource = m.Groups["mark"].Value == "-",
                });
                if (number is not null) number += step;
            }
            else if ((m = NotePattern().Match(line)).Success)
            {
                var place = m.Groups["place"].Value.ToLowerInvariant() switch { "left of" => NotePlace.LeftOf, "right of" => NotePlace.RightOf, _ => NotePlace.Over };
                var who = m.Groups["who"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (who.Length is 0 or > 2 || place != NotePlace.Over && who.Length != 1) throw c.Error("a note is 'Note left of A: text', 'Note right of A: text' or 'Note over A,B: text'", at);
                foreach (var id in who) Declare(diagram, id, c, at);
                diagram.Events.Add(new SequenceNote(place, who, Text(m.Groups["text"].Value.Trim())));
            }
            else if ((m = ActivationPattern().Match(line)).Success)
            {
                var id = m.Groups["id"].Value.Trim();
                Declare(diagram, id, c, at);
                diagram.Events.Add(new Activation(id, m.Groups["verb"].Value == "activate"));
            }
            else if ((m = AutonumberPattern().Match(line)).Success)
            {
                if (m.Groups["off"].Success) number = null;
                else
                {
                    number = m.Groups["start"].Success ? int.Parse(m.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                    step = m.Groups["step"].Success ? Math.Max(1, int.Parse(m.Groups["step"].Value, System.Globalization.CultureInfo.InvariantCulture)) : 1;
                }
            }
            else if ((m = BlockPattern().Match(line)).Success)
            {
                if (blocks.Count >= FlowchartParser.MaxDepth) throw c.Error($"blocks are nested more than {FlowchartParser.MaxDepth} deep", at);
                var kind = m.Groups["kind"].Value;
                var rest = m.Groups["rest"].Value.Trim();
                uint? fill = null;
                if (kind == "rect")
                {
                    fill = Colors.Parse(rest);
                    rest = "";
                }
                blocks.Push((kind, at));
                diagram.Events.Add(new BlockStart(kind, Text(rest), fill));
            }
            else if ((m = BranchPattern().Match(line)).Success)
            {
                var kind = m.Groups["kind"].Value;
                var expected = kind switch { "else" => "alt", "and" => "par", _ => "critical" };
                if (!blocks.TryPeek(out var open) || open.Kind != expected) throw c.Error($"'{kind}' belongs inside a '{expected}' block", at);
                diagram.Events.Add(new BlockBranch(Text(m.Groups["rest"].Value.Trim())));
            }
            else if ((m = BoxPattern().Match(line)).Success)
            {
                if (box is not null || blocks.Count > 0) throw c.Error("a box groups participants and cannot be nested", at);
                var (fill, title) = BoxHeader(m.Groups["rest"].Value.Trim());
                box = new ParticipantBox(Text(title), fill, []);
                diagram.Boxes.Add(box);
            }
            else if (line == "end")
            {
                if (box is not null && blocks.Count == 0) box = null;
                else if (blocks.TryPop(out _)) diagram.Events.Add(new BlockEnd());
                else throw c.Error("'end' without a block to close", at);
            }
            else if ((m = TitlePattern().Match(line)).Success) diagram.Title = m.Groups["text"].Value.Trim();
            else if (line.StartsWith("accTitle", StringComparison.Ordinal) || line.StartsWith("accDescr", StringComparison.Ordinal))
            {
                c.Position = at;
                var keyword = line.StartsWith("accTitle", StringComparison.Ordinal) ? "accTitle" : "accDescr";
                var text = FlowchartParser.Accessibility(c, keyword);
                if (keyword == "accTitle") diagram.AccTitle = text;
                else diagram.AccDescription = text;
            }
            else if (LinkPattern().IsMatch(line)) { }
            else throw c.Error($"'{(line.Length > 40 ? line[..40] + "…" : line)}' is not a sequence diagram statement", at);
        }
        if (blocks.Count > 0) throw c.Error($"the '{blocks.Peek().Kind}' block is never closed with 'end'", blocks.Peek().At);
        if (box is not null) throw c.Error("the box is never closed with 'end'");
        return diagram;
    }

    private static Participant Declare(SequenceDiagram diagram, string id, Cursor c, int at)
    {
        if (diagram.ById.TryGetValue(id, out var known)) return known;
        if (diagram.Participants.Count >= MaxParticipants) throw c.Error($"the diagram has more than {MaxParticipants} participants", at);
        var participant = new Participant(id, LabelText.Plain(id), actor: false);
        diagram.Participants.Add(participant);
        diagram.ById[id] = participant;
        return participant;
    }

    // "box Aqua Title", "box rgb(1,2,3) Title", "box Title": a first word that is a colour is the fill.
    private static (uint? Fill, string Title) BoxHeader(string rest)
    {
        if (rest.Length == 0) return (null, "");
        var end = rest.StartsWith("rgb", StringComparison.OrdinalIgnoreCase) && rest.IndexOf(')') is > 0 and var close ? close + 1 : rest.IndexOf(' ') is > 0 and var space ? space : rest.Length;
        var first = rest[..end];
        if (first.Equals("transparent", StringComparison.OrdinalIgnoreCase)) return (null, rest[end..].Trim());
        return Colors.Parse(first) is { } fill ? (fill, rest[end..].Trim()) : (null, rest);
    }

    private static LabelText Text(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? LabelText.Parse(text[1..^1]) : LabelText.Parse(text);

    [GeneratedRegex(@"^(?<create>create\s+)?(?<kind>participant|actor)\s+(?<id>.+?)(?:\s+as\s+(?<alias>.+))?$")]
    private static partial Regex ParticipantPattern();

    [GeneratedRegex(@"^destroy\s+(?<id>.+)$")]
    private static partial Regex DestroyPattern();

    [GeneratedRegex(@"^(?<from>[^:<>\-+,;]+?)\s*(?<arrow><<-->>|<<->>|-->>|->>|-->|->|--x|-x|--\)|-\))\s*(?<mark>[+-])?\s*(?<to>[^:<>\-+,;]+?)\s*:(?<text>.*)$")]
    private static partial Regex MessagePattern();

    [GeneratedRegex(@"^note\s+(?<place>left of|right of|over)\s+(?<who>[^:]+?)\s*:(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^(?<verb>activate|deactivate)\s+(?<id>.+)$")]
    private static partial Regex ActivationPattern();

    [GeneratedRegex(@"^autonumber(?:\s+(?<off>off)|\s+(?<start>\d{1,6})(?:\s+(?<step>\d{1,6}))?)?$")]
    private static partial Regex AutonumberPattern();

    [GeneratedRegex(@"^(?<kind>loop|alt|opt|par|critical|break|rect)(?:\s+(?<rest>.*))?$")]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"^(?<kind>else|and|option)(?:\s+(?<rest>.*))?$")]
    private static partial Regex BranchPattern();

    [GeneratedRegex(@"^box(?:\s+(?<rest>.*))?$")]
    private static partial Regex BoxPattern();

    [GeneratedRegex(@"^title\s*:?\s+(?<text>.+)$")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^(?:links?|properties|details)\s")]
    private static partial Regex LinkPattern();
}
