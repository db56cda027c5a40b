using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>A footnote's text, set small, numbered, for the foot of the page that cites it.</summary>
internal static class FootnoteBoxes
{
    public static List<Box> Make(int number, string destination, float width, LayoutContext c)
    {
        if (!c.Footnotes.TryGetValue(number, out var note)) return [];
        var style = c.Type.Body with { Size = c.Type.FootnoteSize };
        var content = new List<StyledText> { new($"{number}. ", style) };
        foreach (var paragraph in note.Content.SelectMany(Paragraphs))
        {
            if (content.Count > 1) content[^1] = content[^1] with { BreakAfter = true };
            content.AddRange(InlineFlattener.Flatten(paragraph, style, c));
        }
        var boxes = ParagraphBoxes.Make(new ParagraphSpec(content, width) { Align = TextAlign.Left, LineHeight = 1.5f, Source = note.Source }, c);
        if (boxes.Count > 0) boxes[0] = boxes[0] with { Items = [new DestinationItem(destination, 0, 0), .. boxes[0].Items] };
        // A note belongs to its chapter, read where it is printed: after the text of its page.
        return Tagging.Tags.Wrap(boxes, new Tagging.StructElement("Note") { Id = destination, Parent = c.Section });
    }

    // Notes are short; their block structure is flattened to paragraphs of text.
    private static IEnumerable<IReadOnlyList<Inline>> Paragraphs(Block block) => block switch
    {
        Paragraph p => [p.Content],
        CodeBlock code => [[new InlineCode(code.Code, code.Source)]],
        ListBlock l => l.Items.SelectMany(i => i.Content).SelectMany(Paragraphs),
        BlockQuote q => q.Content.SelectMany(Paragraphs),
        Div d => d.Content.SelectMany(Paragraphs),
        _ => [],
    };
}
