using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>Dispatches each block kind to its renderer; the simplest kinds are written here.</summary>
internal static class BlockRenderer
{
    public static void Write(XhtmlRenderer r, Block block)
    {
        r.Marks.Before(r, block);
        switch (block)
        {
            case Heading h: WriteHeading(r, h); break;
            case Paragraph p: WriteParagraph(r, p.Content); break;
            case ListBlock l: ListRenderer.Write(r, l); break;
            case BlockQuote q:
                r.Start("blockquote");
                r.Newline();
                r.Blocks(q.Content);
                r.End();
                r.Newline();
                break;
            case CodeBlock c: CodeBlockRenderer.Write(r, c); break;
            case Table t: TableRenderer.Write(r, t); break;
            case Figure f: ImageRenderer.WriteFigure(r, f); break;
            case Listing l: ListingRenderer.Write(r, l); break;
            case Diagram d: ImageRenderer.WriteDiagram(r, d); break;
            case ThematicBreak:
                r.Start("hr");
                r.End();
                r.Newline();
                break;
            case Div d: DivRenderer.Write(r, d); break;
            case Details d: DivRenderer.WriteDetails(r, d); break;
            case FootnoteDefinition f: FootnoteRenderer.WriteDefinition(r, f); break;
        }
    }

    public static void WriteParagraph(XhtmlRenderer r, IReadOnlyList<Inline> content, string? cssClass = null,
        Action? before = null, Action? after = null)
    {
        r.Start("p", cssClass);
        before?.Invoke();
        r.Inlines(content);
        after?.Invoke();
        r.End();
        r.Newline();
    }

    // Levels are structural (1 = chapter title) and may go past 6; HTML stops at h6.
    public static void WriteHeading(XhtmlRenderer r, Heading heading)
    {
        r.Start($"h{Math.Clamp(heading.Level, 1, 6)}");
        r.CommonAttributes(heading.Attributes);
        if (heading.Number is { Length: > 0 } number)
        {
            r.Start("span", "section-number");
            r.Text(number);
            r.End();
            r.Text(" ");
        }
        r.Inlines(heading.Content);
        r.End();
        r.Newline();
    }
}
