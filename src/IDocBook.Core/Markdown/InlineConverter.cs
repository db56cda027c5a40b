using System.Text;
using IDocBook.Core.Diagnostics;
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
internal sealed class InlineConverter(LineMap lines, HtmlMapper html, DiagnosticSink sink)
{
    /// <summary>
    /// Emphasis nested deeper than this (Markdig builds thousands of levels from a line of
    /// asterisks) is kept as plain text: every transform and writer walks inlines recursively, and a
    /// stack overflow would end the process where no handler can catch it.
    /// </summary>
    internal const int MaxDepth = 32;

    private int _depth;
    private bool _reportedDepth;

    public IReadOnlyList<Model.Inline> Convert(ContainerInline? container)
    {
        if (container is null) return [];
        if (_depth >= MaxDepth) return Flattened(container);
        _depth++;
        try
        {
            return ConvertChildren(container);
        }
        finally
        {
            _depth--;
        }
    }

    private IReadOnlyList<Model.Inline> ConvertChildren(ContainerInline container)
    {
        var children = container.ToList();
        // Nearly every run of inlines holds no HTML tag, and then there is nothing to assemble.
        var assembler = children.Exists(c => c is HtmlInline) ? new HtmlAssembler(html) : null;
        var plain = assembler is null ? new List<Model.Inline>(children.Count) : null;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child is HtmlInline tag)
            {
                var start = tag.Span.Start;
                assembler!.Feed(HtmlTokenizer.Tokenize(tag.Tag), offset => lines.At(start + offset));
            }
            else if (child is LineBreakInline { IsHard: false })
            {
                if (SoftBreak(children, i) is { } space) Add(new Model.Text(space, lines.At(child.Span.Start)));
            }
            else if (ConvertOne(child) is { } converted) Add(converted);
        }
        return Merge(plain ?? html.Inlines(assembler!.Finish()));

        void Add(Model.Inline inline)
        {
            if (plain is not null) plain.Add(inline);
            else assembler!.Add(inline);
        }
    }

    // The text of a too-deep subtree, gathered with an explicit stack rather than recursion.
    private IReadOnlyList<Model.Inline> Flattened(ContainerInline container)
    {
        var source = lines.At(container.Span.Start);
        if (!_reportedDepth)
        {
            _reportedDepth = true;
            sink.Report(Codes.NestingTooDeep, $"Inline formatting is nested more than {MaxDepth} levels deep; the inner part is shown as plain text.", source,
                "Nest emphasis, links and code fewer levels deep.");
        }
        var text = new StringBuilder();
        var pending = new Stack<MdInline>(container.Reverse());
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is ContainerInline inner) foreach (var child in inner.Reverse()) pending.Push(child);
            else text.Append(inline switch
            {
                LiteralInline l => l.Content.ToString(),
                CodeInline c => c.Content,
                HtmlEntityInline e => e.Transcoded.ToString(),
                LineBreakInline => " ",
                _ => "",
            });
        }
        return text.Length == 0 ? [] : [new Model.Text(text.ToString(), source)];
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
            // An unmatched '[' stays in Markdig's tree as a delimiter holding what follows it; its own text was being lost.
            DelimiterInline delimiter => new Span(Attributes.Empty, [new Model.Text(delimiter.ToLiteral(), source), .. Convert(delimiter)], source),
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

    // The edge text of an inline: a container gives its first (or last) child's, found by a loop
    // because emphasis can nest thousands deep.
    private static string TextOf(MdInline inline, bool last)
    {
        while (inline is ContainerInline c)
        {
            var edge = last ? c.LastChild : c.FirstChild;
            if (edge is null) return "";
            inline = edge;
        }
        return inline switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            HtmlEntityInline e => e.Transcoded.ToString(),
            _ => "",
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    // Adjacent text runs come from Markdig's literal splitting; one run each reads better in every output.
    // Adjacent text runs are joined once per run: joining them pairwise copied a long paragraph's
    // text again for every line of it (a 1 MB paragraph of short lines took minutes).
    private static IReadOnlyList<Model.Inline> Merge(IReadOnlyList<Model.Inline> inlines)
    {
        // Most runs have no neighbouring texts and no bare span: they are kept as they are.
        var needed = false;
        for (var i = 0; i < inlines.Count && !needed; i++)
            needed = inlines[i] is Span { Attributes.IsEmpty: true } || i > 0 && inlines[i] is Model.Text && inlines[i - 1] is Model.Text;
        if (!needed) return inlines;
        var result = new List<Model.Inline>(inlines.Count);
        var run = new List<Model.Text>();
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is Span { Attributes.IsEmpty: true } span)
                foreach (var child in span.Content) Append(child);
            else Append(inlines[i]);
        }
        Flush();
        return result;

        void Append(Model.Inline inline)
        {
            if (inline is Model.Text t) { run.Add(t); return; }
            Flush();
            result.Add(inline);
        }

        void Flush()
        {
            if (run.Count == 1) result.Add(run[0]);
            else if (run.Count > 1) result.Add(run[0] with { Value = string.Concat(run.Select(r => r.Value)) });
            run.Clear();
        }
    }
}
