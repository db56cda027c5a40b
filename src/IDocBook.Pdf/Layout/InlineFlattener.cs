using IDocBook.Core.Model;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>Turns model inlines into styled text for the text layouter, resolving links to PDF targets.</summary>
internal static class InlineFlattener
{
    /// <param name="origins">When given, receives for each inline that sets text the offset in the flattened text where its text begins.</param>
    public static List<StyledText> Flatten(IEnumerable<Inline> inlines, TextStyle style, LayoutContext context, List<TextOrigin>? origins = null)
    {
        var result = new Pieces();
        Append(result, inlines, style, null, context, origins);
        return result.Finish();
    }

    private static void Append(Pieces result, IEnumerable<Inline> inlines, TextStyle style, LinkRef? link, LayoutContext c, List<TextOrigin>? origins = null)
    {
        foreach (var inline in inlines)
        {
            if (origins is not null && inline is Core.Model.Text or InlineCode or Image or FootnoteReference)
                origins.Add(new TextOrigin(result.Length, inline));
            switch (inline)
            {
                case Core.Model.Text t: Add(result, t.Value, style, link); break;
                case Emphasis e: Append(result, e.Content, Emphasized(style), link, c, origins); break;
                case Strong s: Append(result, s.Content, Bold(style), link, c, origins); break;
                case Strikethrough s: Append(result, s.Content, style with { Strike = true }, link, c, origins); break;
                case Superscript s: Append(result, s.Content, Shifted(style, +0.35f), link, c, origins); break;
                case Subscript s: Append(result, s.Content, Shifted(style, -0.2f), link, c, origins); break;
                case Keyboard k: Append(result, k.Content, Code(style, c), link, c, origins); break;
                case InlineCode code: Add(result, code.Value, Code(style, c), link); break;
                case Span s: Append(result, s.Content, style, link, c, origins); break;
                case Link l:
                    var target = Target(l.Target, c);
                    Append(result, l.Content, target is null ? style : style with { Color = c.Type.LinkColor }, target ?? link, c, origins);
                    break;
                case Image i: Add(result, $"[{(i.Alt.Length > 0 ? i.Alt : c.Labels.Image)}]", style with { Color = c.Type.Muted }, link); break;
                case LineBreak: result.BreakAfter(style); break;
                case FootnoteReference f:
                    // The reference links to its note; the paginator finds notes by this destination.
                    Add(result, f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Shifted(style, 0.35f) with { Color = c.Type.LinkColor },
                        new LinkRef(null, c.Destinations.Footnote(c.Chapter.Id, f.Number)));
                    break;
            }
        }
    }

    private static void Add(Pieces result, string text, TextStyle style, LinkRef? link) => result.Add(text, style, link);

    /// <summary>
    /// Pieces being collected: text of one style and link is gathered in one builder, so a cell that
    /// holds thousands of inlines (a table's columns past the 64th, joined) costs linear work, where
    /// appending to the last piece's string copied it every time.
    /// </summary>
    private sealed class Pieces
    {
        private readonly List<StyledText> _done = [];
        private readonly System.Text.StringBuilder _text = new();
        private TextStyle? _style;
        private LinkRef? _link;

        /// <summary>Characters collected so far: where the next inline's text begins.</summary>
        public int Length { get; private set; }

        public void Add(string text, TextStyle style, LinkRef? link)
        {
            if (text.Length == 0) return;
            Length += text.Length;
            if (_text.Length > 0 && (_style != style || _link != link)) Flush(breakAfter: false);
            _style = style;
            _link = link;
            _text.Append(text);
        }

        public void BreakAfter(TextStyle style)
        {
            if (_text.Length > 0) Flush(breakAfter: true);
            else if (_done.Count > 0) _done[^1] = _done[^1] with { BreakAfter = true };
            else _done.Add(new StyledText("", style) { BreakAfter = true });
        }

        public List<StyledText> Finish()
        {
            if (_text.Length > 0) Flush(breakAfter: false);
            return _done;
        }

        private void Flush(bool breakAfter)
        {
            _done.Add(new StyledText(_text.ToString(), _style!, _link) { BreakAfter = breakAfter });
            _text.Clear();
        }
    }

    // Latin emphasis is the true italic; CJK emphasis is dots under the characters (the role's
    // italic chain falls back to the upright CJK face). Headings and code have no italic.
    private static TextStyle Emphasized(TextStyle style) => style with
    {
        Font = style.Font switch { FontRole.Body => FontRole.BodyItalic, FontRole.BodyBold => FontRole.BodyBoldItalic, var other => other },
        EmphasisDots = true,
    };

    private static TextStyle Bold(TextStyle style) => style with
    {
        Font = style.Font switch { FontRole.Body => FontRole.BodyBold, FontRole.BodyItalic => FontRole.BodyBoldItalic, var other => other },
    };

    private static TextStyle Shifted(TextStyle style, float em) =>
        style with { Size = style.Size * 0.7f, BaselineShift = style.Size * em };

    private static TextStyle Code(TextStyle style, LayoutContext c) =>
        style with { Font = FontRole.Mono, Size = style.Size * 0.88f, Background = c.Type.CodeBackground };

    private static LinkRef? Target(LinkTarget target, LayoutContext c) => target switch
    {
        ExternalTarget e => new LinkRef(e.Url, null),
        InternalTarget i => new LinkRef(null, c.Destinations.For(i.ChapterId, i.Anchor)),
        _ => null,
    };
}

/// <summary>Where an inline's text begins in a paragraph's flattened text: for telling where a line, and so a page, begins.</summary>
internal sealed record TextOrigin(int Offset, Inline Node);
