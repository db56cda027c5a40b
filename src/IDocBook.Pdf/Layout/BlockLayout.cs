using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Tagging;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>How blocks are set where they stand: body paragraphs are indented and justified; inside
/// lists, quotes and cells they are not indented; <c>div align</c> changes the alignment.</summary>
internal sealed record BlockEnv(bool IndentParagraphs = true, TextAlign Align = TextAlign.Justify);

/// <summary>Lays out a sequence of blocks at a width: the element for each block kind makes its boxes.</summary>
internal static class BlockLayout
{
    public static List<Box> Layout(IReadOnlyList<Block> blocks, float width, LayoutContext c, BlockEnv env)
    {
        var boxes = new List<Box>();
        Block? previous = null;
        foreach (var block in blocks)
        {
            var flush = !c.Type.IndentAfterHeading && block is Paragraph && previous is null or Heading;
            previous = block;
            var made = Layout(block, width, c, flush ? env with { IndentParagraphs = false } : env).ToList();
            PageStarts.Lead(made, block, c);
            if (Element(block) is { } element) Tags.Wrap(made, element);
            boxes.AddRange(made);
        }
        return boxes;
    }

    private static IEnumerable<Box> Layout(Block block, float width, LayoutContext c, BlockEnv env)
    {
        var gap = c.Type.BodySize * 0.45f;
        switch (block)
        {
            case Heading h: return HeadingLayout.Layout(h, width, c);
            case Paragraph p:
                var indent = env.IndentParagraphs && env.Align == TextAlign.Justify ? c.Type.ParagraphIndentEm * c.Type.BodySize : 0;
                var origins = new List<TextOrigin>();
                var spec = new ParagraphSpec(InlineFlattener.Flatten(p.Content, c.Type.Body, c, origins), width)
                {
                    Align = env.Align, FirstLineIndent = indent, LineHeight = c.Type.BodyLineHeight, Source = p.Source,
                };
                var lines = ParagraphBoxes.Make(spec, c, gap);
                PageStarts.Lines(lines, string.Concat(spec.Content.Select(t => t.Text)), origins, c);
                return lines;
            case ListBlock l: return ListLayout.Layout(l, width, c);
            case BlockQuote q: return Barred(q.Content, width, c, env, c.Type.QuoteBar, null);
            case Div d when d.Attributes.HasClass("alert"):
                var kind = d.Attributes.Classes.FirstOrDefault(k => k.StartsWith("alert-", StringComparison.Ordinal))?["alert-".Length..] ?? "note";
                return Barred(d.Content, width, c, env, AlertColor(kind), c.Labels.AlertTitle(kind));
            // Definition lists (see the reader): the term in bold, the definition indented under it.
            case Div d when d.Attributes.HasClass("definition-term"):
                return Layout([.. d.Content.Select(b => b is Paragraph p ? p with { Content = [new Strong(p.Content, p.Source)] } : b)], width, c, env with { IndentParagraphs = false });
            case Div d when d.Attributes.HasClass("definition"):
                var inset = c.Type.BodySize * 2;
                return BoxOffset.Indent(Layout(d.Content, width - inset, c, env with { IndentParagraphs = false }), inset);
            case Div d:
                var align = d.Attributes.Get("align") switch { "center" => TextAlign.Center, "right" => TextAlign.Right, "left" => TextAlign.Left, _ => env.Align };
                return Layout(d.Content, width, c, env with { Align = align });
            case Details d:
                var summary = new ParagraphSpec(InlineFlattener.Flatten(d.Summary, c.Type.Body with { Font = Fonts.FontRole.BodyBold }, c), width) { Align = TextAlign.Left, Source = d.Source };
                return [.. ParagraphBoxes.Make(summary, c, gap), .. Layout(d.Content, width, c, env)];
            case CodeBlock code: return CodeLayout.Layout(code, width, c);
            case Table t: return TableLayout.Layout(t, width, c);
            case Figure f: return FigureLayout.Layout(f, width, c);
            case Listing l: return ListingLayout.Layout(l, width, c, env);
            case Diagram d: return DiagramLayout.Layout(d, width, c);
            case ThematicBreak:
                var rule = c.Type.BodySize * 1.5f;
                return [new Box(rule, [new LineItem(width * 0.3f, rule / 2, width * 0.7f, rule / 2, c.Type.Rule, 0.6f)]) { SpaceBefore = gap }];
            case FootnoteDefinition: return [];
            default: return [];
        }
    }

    /// <summary>The structure element of a block's content; null for a rule, which is decoration.</summary>
    private static StructElement? Element(Block block) => block switch
    {
        Heading h => new StructElement("H" + Math.Clamp(h.Level, 1, 6)),
        Paragraph => new StructElement("P"),
        ListBlock l => new StructElement("L")
        {
            Attributes = $"<</O /List /ListNumbering /{(l.Items.Any(i => i.Checked is not null) ? "None" : l.Ordered ? "Decimal" : "Disc")}>>",
        },
        BlockQuote => new StructElement("BlockQuote"),
        Div d => new StructElement("Div") { Lang = Language(d.Attributes.Get("lang")) },
        Details => new StructElement("Div"),
        CodeBlock => new StructElement("Code"),
        Table => new StructElement("Table"),
        // A figure's image is a Figure, its caption a Caption, side by side (see FigureLayout, DiagramLayout).
        Figure or Diagram or Listing => new StructElement("Div"),
        _ => null,
    };

    private static string? Language(string? tag) =>
        tag is { Length: > 0 and < 36 } && tag.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-') ? tag : null;

    // Quotes and alerts: content indented, with a bar down the left of every box so it survives page breaks.
    private static IEnumerable<Box> Barred(IReadOnlyList<Block> content, float width, LayoutContext c, BlockEnv env, uint bar, string? title)
    {
        var inset = c.Type.BodySize * 1.2f;
        var inner = new List<Box>();
        if (title is not null)
            inner.AddRange(Tags.Wrap(ParagraphBoxes.Make(new ParagraphSpec([new StyledText(title, c.Type.Body with { Font = Fonts.FontRole.BodyBold, Color = bar })], width - inset)
                { Align = TextAlign.Left, LineHeight = c.Type.BodyLineHeight }, c, c.Type.BodySize * 0.45f), new StructElement("P")));
        inner.AddRange(Layout(content, width - inset, c, env with { IndentParagraphs = false }));
        return BoxOffset.Indent(inner, inset).Select((b, i) =>
        {
            // The space above each inner box is folded into the box so the bar has no gaps.
            var fold = i == 0 ? 0 : b.SpaceBefore;
            return b with
            {
                Height = b.Height + fold,
                SpaceBefore = b.SpaceBefore - fold,
                Items = [new RectItem(inset * 0.25f, 0, 2.2f, b.Height + fold, bar), .. ItemOffset.Move(b.Items, 0, fold)],
            };
        });
    }

    private static uint AlertColor(string kind) => kind switch
    {
        "tip" => 0xFF1A7F37,
        "important" => 0xFF8250DF,
        "warning" => 0xFF9A6700,
        "caution" => 0xFFCF222E,
        _ => 0xFF0969DA,
    };
}
