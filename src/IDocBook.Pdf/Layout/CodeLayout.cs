using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Code blocks: monospace, coloured from the highlighting tokens, on a light background. Every
/// source line is set on its own (long ones wrap with a continuation mark), and every line is a
/// box with its own slice of background, so a block splits across pages anywhere. Code marked as
/// not compiling or panicking gets a note above it.
/// </summary>
internal static class CodeLayout
{
    public static List<Box> Layout(CodeBlock code, float width, LayoutContext c)
    {
        var pad = c.Type.CodeSize * 0.8f;
        var inner = width - 2 * pad;
        var lines = code.Lines ?? [.. code.Code.Split('\n').Select(l => new CodeLine([new CodeToken(l, null)]))];
        var set = new List<Box>();
        // Where each row begins in the code's text, for the EPUB's page marks; the first row is the block's start.
        var offset = 0;
        foreach (var line in lines)
        {
            var content = line.Tokens.Where(t => t.Text.Length > 0).Select(t => new StyledText(t.Text, Style(t.Style, c))).ToList();
            if (content.Count == 0) content.Add(new StyledText(" ", c.Type.Code));
            var spec = new ParagraphSpec(content, inner) { Align = TextAlign.Left, LineHeight = c.Type.CodeLineHeight, Preformatted = true, ContinuationMark = "↘", Source = code.Source };
            var source = string.Concat(line.Tokens.Select(t => t.Text));
            var within = 0;
            foreach (var row in c.Text.Layout(spec))
            {
                var box = Background(new Box(row.Height, [new TextItem(pad, row.Baseline, row)]), width, c);
                within = PageStarts.Find(source, PageStarts.Text(box), within);
                set.Add(offset + within > 0 ? box with { Start = PageStarts.At(code, offset + within, c) } : box);
                within += PageStarts.Text(box).Length;
            }
            offset += source.Length + 1;
        }
        // Lines form one group, so a block never leaves a single line at the foot or top of a page.
        var key = new object();
        var note = Note(code, width, c);
        return
        [
            .. note,
            Background(new Box(pad * 0.7f, []), width, c) with { SpaceBefore = note.Count > 0 ? c.Type.BodySize * 0.15f : c.Type.BodySize * 0.6f, KeepWithNext = true },
            .. set.Select((b, i) => b with { Group = new LineGroup(key, i, set.Count) }),
            Background(new Box(pad * 0.7f, []), width, c),
        ];
    }

    // "This code does not compile!" above code marked so (see CodeNotes), kept with the code.
    private static List<Box> Note(CodeBlock code, float width, LayoutContext c)
    {
        if (CodeNotes.Of(code) is not { } kind) return [];
        var colour = kind == CodeNoteKind.NotDesiredBehavior ? 0xFF9A6700u : 0xFFCF222Eu;
        var style = c.Type.Body with { Font = Fonts.FontRole.BodyBold, Size = c.Type.BodySize * 0.9f, Color = colour };
        var spec = new ParagraphSpec([new StyledText(c.Labels.CodeNote(kind)!, style)], width) { Align = TextAlign.Left, LineHeight = 1.4f, Source = code.Source };
        return [.. Tagging.Tags.Wrap(ParagraphBoxes.Make(spec, c, c.Type.BodySize * 0.6f), new Tagging.StructElement("P")).Select(b => b with { KeepWithNext = true })];
    }

    private static Box Background(Box box, float width, LayoutContext c) =>
        box with { Items = [new RectItem(0, 0, width, box.Height, c.Type.CodeBackground), .. box.Items] };

    private static TextStyle Style(TokenStyle? token, LayoutContext c) =>
        token?.Foreground is { Length: 7 } hex && uint.TryParse(hex.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var rgb)
            ? c.Type.Code with { Color = 0xFF000000 | rgb }
            : c.Type.Code;
}
