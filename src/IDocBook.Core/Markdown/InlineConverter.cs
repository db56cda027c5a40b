using System.Text;
using IDocBook.Core.Markdown.Html;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace IDocBook.Core.Markdown;

/// <summary>
/// Converts Markdig inlines to model inlines. Inline raw HTML tags are assembled into elements
/// with the content between them; a soft line break becomes a space, or nothing between two CJK
/// characters (Chinese has no spaces, and a browser would show one).
/// </summary>
internal sealed class InlineConverter(LineMap lines, HtmlMapper html)
{
    public IReadOnlyList<Model.Inline> Convert(ContainerInline? container)
    {
        if (container is null) return [];
        var children = container.ToList();
        var assembler = new HtmlAssembler(html);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child is HtmlInline tag)
            {
                var start = tag.Span.Start;
                assembler.Feed(HtmlTokenizer.Tokenize(tag.Tag), offset => lines.At(start + offset));
            }
            else if (child is LineBreakInline { IsHard: false })
            {
                if (SoftBreak(children, i) is { } space) assembler.Add(new Model.Text(space, lines.At(child.Span.Start)));
            }
            else if (ConvertOne(child) is { } converted) assembler.Add(converted);
        }
        return Merge(html.Inlines(assembler.Finish()));
    }

    private Model.Inline? ConvertOne(MdInline inline)
    {
        var source = lines.At(inline.Span.Start);
        return inline switch
        {
            LiteralInline literal => new Model.Text(literal.Content.ToString(), source),
            HtmlEntityInline entity => new Model.Text(entity.Transcoded.ToString(), source),
            CodeInline code => new InlineCode(code.Content, source),
            LineBreakInline => new LineBreak(source),
            AutolinkInline auto => new Link(new UnresolvedTarget(auto.IsEmail ? "mailto:" + auto.Url : auto.Url), null, [new Model.Text(auto.Url, source)], source),
            LinkInline { IsImage: true } image => new Image(image.Url ?? "", InlineText.Of(Convert(image)), NullIfEmpty(image.Title), Attributes.Empty, source),
            LinkInline link => new Link(new UnresolvedTarget(link.Url ?? ""), NullIfEmpty(link.Title), Convert(link), source),
            FootnoteLink { IsBackLink: true } => null,
            FootnoteLink note => new FootnoteReference(note.Footnote.Label?.TrimStart('^') ?? note.Index.ToString(), note.Footnote.Order, source),
            TaskList => null,
            EmphasisInline emphasis => Emphasis(emphasis, source),
            ContainerInline container => new Span(Attributes.Empty, Convert(container), source),
            _ => null,
        };
    }

    private Model.Inline Emphasis(EmphasisInline emphasis, SourceSpan source)
    {
        var content = Convert(emphasis);
        return (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('~', _) => new Strikethrough(content, source),
            (_, >= 2) => new Strong(content, source),
            _ => new Emphasis(content, source),
        };
    }

    // A soft break vanishes next to a <br> and between two wide characters; elsewhere it is a space.
    private static string? SoftBreak(List<MdInline> siblings, int at)
    {
        var before = Edge(siblings, at, -1);
        var after = Edge(siblings, at, +1);
        if (before is null || after is null) return null;
        return Cjk.JoinsWithoutSpace(before.Value, after.Value) ? null : " ";
    }

    private static Rune? Edge(List<MdInline> siblings, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < siblings.Count; i += step)
        {
            var sibling = siblings[i];
            if (sibling is HtmlInline tag)
            {
                if (tag.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)) return null;
                continue;
            }
            var text = TextOf(sibling, step < 0);
            if (text.Length == 0) continue;
            return step < 0 ? Cjk.LastRune(text) : Cjk.FirstRune(text);
        }
        return null;
    }

    private static string TextOf(MdInline inline, bool last) => inline switch
    {
        LiteralInline l => l.Content.ToString(),
        CodeInline c => c.Content,
        HtmlEntityInline e => e.Transcoded.ToString(),
        LineBreakInline => "",
        ContainerInline c => string.Concat((last ? c.Reverse() : c).Select(x => TextOf(x, last)).Take(1)),
        _ => "",
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    // Adjacent text runs come from Markdig's literal splitting; one run each reads better in every output.
    private static IReadOnlyList<Model.Inline> Merge(IReadOnlyList<Model.Inline> inlines)
    {
        var result = new List<Model.Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is Model.Text t && result.Count > 0 && result[^1] is Model.Text previous)
                result[^1] = previous with { Value = previous.Value + t.Value };
            else if (inline is Span { Attributes.IsEmpty: true } span)
                foreach (var child in span.Content) Append(result, child);
            else result.Add(inline);
        }
        return result;

        static void Append(List<Model.Inline> list, Model.Inline inline)
        {
            if (inline is Model.Text t && list.Count > 0 && list[^1] is Model.Text p) list[^1] = p with { Value = p.Value + t.Value };
            else list.Add(inline);
        }
    }
}
