using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>Dispatches each inline kind; the ones that are a single element are written here.</summary>
internal static class InlineRenderer
{
    public static void Write(XhtmlRenderer r, Inline inline)
    {
        r.Marks.Before(r, inline);
        switch (inline)
        {
            case Text t: r.Prose(t); break;
            case Emphasis e:
                r.EmphasisDepth++;
                Element(r, "em", e.Content);
                r.EmphasisDepth--;
                break;
            case Strong s: Element(r, "strong", s.Content); break;
            case Strikethrough s: Element(r, "del", s.Content); break;
            case Superscript s: Element(r, "sup", s.Content); break;
            case Subscript s: Element(r, "sub", s.Content); break;
            case Keyboard k: Element(r, "kbd", k.Content); break;
            case InlineCode c:
                r.Start("code");
                r.MarkedText(c, c.Value);
                r.End();
                break;
            case Span s:
                r.Start("span");
                r.CommonAttributes(s.Attributes);
                r.Inlines(s.Content);
                r.End();
                break;
            case Link l: LinkRenderer.Write(r, l); break;
            case Image i: ImageRenderer.WriteInline(r, i); break;
            case LineBreak:
                r.Start("br");
                r.End();
                r.Newline();
                break;
            case FootnoteReference f: FootnoteRenderer.WriteReference(r, f); break;
        }
    }

    private static void Element(XhtmlRenderer r, string name, IReadOnlyList<Inline> content)
    {
        r.Start(name);
        r.Inlines(content);
        r.End();
    }
}
