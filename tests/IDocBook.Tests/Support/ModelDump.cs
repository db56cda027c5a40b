using System.Text;
using IDocBook.Core.Model;

namespace IDocBook.Tests.Support;

/// <summary>
/// A readable, stable text form of the model for snapshots: one node per line, indented by depth,
/// with its source line:column. Code block tokens are summarised, not listed.
/// </summary>
internal static class ModelDump
{
    public static string Of(Book book)
    {
        var sb = new StringBuilder();
        var m = book.Metadata;
        sb.AppendLine($"Book \"{m.Title}\" subtitle=\"{m.Subtitle}\" lang={m.Language} id={m.Identifier} date={m.Date:yyyy-MM-dd} name={m.Name}");
        sb.AppendLine($"  authors=[{string.Join(", ", m.Authors)}] keywords=[{string.Join(", ", m.Keywords)}] cover={m.Cover ?? "-"}");
        foreach (var r in book.Resources) sb.AppendLine($"  Resource {r.Href} {r.MediaType} {r.Data.Length} bytes");
        foreach (var part in book.Parts)
        {
            sb.AppendLine($"Part {Quote(part.Title ?? "-")}");
            foreach (var chapter in part.Chapters) Chapter(sb, chapter, 1);
        }
        return sb.ToString();
    }

    private static void Chapter(StringBuilder sb, Chapter c, int depth)
    {
        Line(sb, depth, $"Chapter {c.Id} {Quote(c.Title)} {c.SourcePath} {c.Kind}");
        foreach (var block in c.Blocks) Block(sb, block, depth + 1);
        foreach (var child in c.Children) Chapter(sb, child, depth + 1);
    }

    private static void Block(StringBuilder sb, Block block, int d)
    {
        var at = $"@{block.Source.Line}:{block.Source.Column}";
        switch (block)
        {
            case Heading h: Line(sb, d, $"Heading {h.Level} #{h.Attributes.Id} {at}"); Inlines(sb, h.Content, d + 1); break;
            case Paragraph p: Line(sb, d, $"Paragraph {at}"); Inlines(sb, p.Content, d + 1); break;
            case ListBlock l:
                Line(sb, d, $"List {(l.Ordered ? $"ordered start={l.Start}" : "bullet")} {(l.Tight ? "tight" : "loose")} {at}");
                foreach (var item in l.Items)
                {
                    Line(sb, d + 1, $"Item{(item.Checked is { } c ? $" checked={c}" : "")} @{item.Source.Line}:{item.Source.Column}");
                    foreach (var b in item.Content) Block(sb, b, d + 2);
                }
                break;
            case BlockQuote q: Line(sb, d, $"BlockQuote {at}"); foreach (var b in q.Content) Block(sb, b, d + 1); break;
            case CodeBlock c:
                var styles = c.Lines?.SelectMany(l => l.Tokens).Select(t => t.Style?.Name).OfType<string>().Distinct().Count() ?? 0;
                Line(sb, d, $"CodeBlock lang={c.Language ?? "-"} lines={c.Code.Split('\n').Length} highlighted={(c.Lines is null ? "no" : $"{styles} styles")}{(c.Attributes.IsEmpty ? "" : " " + Attrs(c.Attributes))} {at}");
                foreach (var line in c.Code.Split('\n')) Line(sb, d + 1, "| " + line);
                break;
            case Diagram g:
                Line(sb, d, $"Diagram {g.Language} {g.Scene.Width:0}x{g.Scene.Height:0} nodes={g.Scene.Shapes.Count(s => s.Role == "node")} edges={g.Scene.Shapes.Count(s => s.Role == "edge")} title={g.Title ?? "-"} {at}");
                Line(sb, d + 1, "labels " + string.Join(" | ", g.Scene.Texts.Select(t => t.Text)));
                break;
            case Table t:
                Line(sb, d, $"Table columns=[{string.Join(",", t.Alignments)}] {at}");
                foreach (var row in t.Header) Line(sb, d + 1, "Header " + string.Join(" | ", row.Cells.Select(c => InlineText.Of(c.Content))));
                foreach (var row in t.Body) Line(sb, d + 1, "Row " + string.Join(" | ", row.Cells.Select(c => InlineText.Of(c.Content))));
                break;
            case Figure f: Line(sb, d, $"Figure {at}"); Inlines(sb, [f.Image, .. f.Caption], d + 1); break;
            case Listing l:
                Line(sb, d, $"Listing number={l.Number ?? "-"} file={l.FileName ?? "-"} {at}");
                Inlines(sb, l.Caption, d + 1);
                foreach (var b in l.Content) Block(sb, b, d + 1);
                break;
            case ThematicBreak: Line(sb, d, $"ThematicBreak {at}"); break;
            case Div v: Line(sb, d, $"Div {Attrs(v.Attributes)} {at}"); foreach (var b in v.Content) Block(sb, b, d + 1); break;
            case Details x: Line(sb, d, $"Details {at}"); Inlines(sb, x.Summary, d + 1); foreach (var b in x.Content) Block(sb, b, d + 1); break;
            case FootnoteDefinition n: Line(sb, d, $"Footnote {n.Number} [{n.Label}] {at}"); foreach (var b in n.Content) Block(sb, b, d + 1); break;
        }
    }

    private static void Inlines(StringBuilder sb, IEnumerable<Inline> inlines, int d)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: Line(sb, d, "Text " + Quote(t.Value)); break;
                case InlineCode c: Line(sb, d, "Code " + Quote(c.Value)); break;
                case LineBreak: Line(sb, d, "LineBreak"); break;
                case Image i: Line(sb, d, $"Image {i.Url} alt={Quote(i.Alt)} resource={i.ResourceHref ?? "-"} {Attrs(i.Attributes)}"); break;
                case FootnoteReference f: Line(sb, d, $"FootnoteRef {f.Number} [{f.Label}]"); break;
                case Link l: Line(sb, d, $"Link {l.Target}"); Inlines(sb, l.Content, d + 1); break;
                case Span s: Line(sb, d, $"Span {Attrs(s.Attributes)}"); Inlines(sb, s.Content, d + 1); break;
                default:
                    var content = inline switch
                    {
                        Emphasis e => e.Content, Strong s => s.Content, Strikethrough s => s.Content, Superscript s => s.Content,
                        Subscript s => s.Content, Keyboard k => k.Content, _ => [],
                    };
                    Line(sb, d, inline.GetType().Name);
                    Inlines(sb, content, d + 1);
                    break;
            }
        }
    }

    private static string Attrs(Attributes a) =>
        a.IsEmpty ? "" : $"{{{(a.Id is null ? "" : "#" + a.Id)}{string.Concat(a.Classes.Select(c => " ." + c))}{string.Concat(a.Pairs.Select(p => $" {p.Key}={p.Value}"))}}}";

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    private static void Line(StringBuilder sb, int depth, string text) => sb.Append(' ', depth * 2).AppendLine(text.TrimEnd());
}
