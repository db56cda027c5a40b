namespace IDocBook.Core.Model;

/// <summary>The plain text of inline content, as a reader would say it (titles, alt text, ids).</summary>
public static class InlineText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new System.Text.StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    private static void Append(System.Text.StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: sb.Append(t.Value); break;
                case InlineCode c: sb.Append(c.Value); break;
                case Image i: sb.Append(i.Alt); break;
                case LineBreak: sb.Append(' '); break;
                case FootnoteReference: break;
                case Emphasis e: Append(sb, e.Content); break;
                case Strong s: Append(sb, s.Content); break;
                case Strikethrough s: Append(sb, s.Content); break;
                case Superscript s: Append(sb, s.Content); break;
                case Subscript s: Append(sb, s.Content); break;
                case Keyboard k: Append(sb, k.Content); break;
                case Span s: Append(sb, s.Content); break;
                case Link l: Append(sb, l.Content); break;
            }
        }
    }
}
