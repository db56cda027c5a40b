using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown.Html;

/// <summary>
/// Maps finished raw-HTML elements to model nodes. Elements real books use get their meaning
/// (<c>br</c>, <c>img</c>, <c>a</c>, <c>b</c>, <c>div align</c>, <c>details</c>, <c>table</c> …);
/// unknown elements keep their text; active content is dropped with a warning.
/// </summary>
internal sealed class HtmlMapper(DiagnosticSink sink)
{
    /// <summary>Reads an attribute that holds Markdown inline text (a listing's caption); plain text when unset.</summary>
    public Func<string, SourceSpan, IReadOnlyList<Inline>>? InlineMarkdown { get; init; }

    /// <summary>Inline formatting that may wrap whole paragraphs in raw HTML: it applies to each paragraph inside.</summary>
    private static readonly HashSet<string> Formatting =
        ["a", "b", "strong", "i", "em", "cite", "dfn", "var", "s", "strike", "del", "sup", "sub", "kbd", "span", "u", "small", "mark", "font", "abbr", "ins", "q"];

    /// <summary>Whether a start tag may enter the tree; reports unsafe elements and event attributes.</summary>
    public bool Admit(HtmlStartTag tag, SourceSpan source)
    {
        if (HtmlElements.Unsafe.Contains(tag.Name))
        {
            sink.Report(Codes.UnsafeHtmlDropped, $"<{tag.Name}> is not allowed in a book and was dropped with its content.", source,
                "Remove it, or replace it with a link or an image.");
            return false;
        }
        foreach (var attribute in tag.Attributes.Where(a => a.Key.StartsWith("on", StringComparison.Ordinal)))
            sink.Report(Codes.UnsafeHtmlDropped, $"Event attribute '{attribute.Key}' on <{tag.Name}> was dropped.", source, "Remove it: e-books do not run scripts.");
        return true;
    }

    public void ReportTooDeep(SourceSpan source, int depth) =>
        sink.Report(Codes.NestingTooDeep, $"Raw HTML is nested more than {depth} elements deep; deeper elements were flattened into their parent.", source,
            "Nest fewer elements, or close the ones left open.");

    public IReadOnlyList<Block> Blocks(IEnumerable<object> children)
    {
        var result = new List<Block>();
        var run = new List<object>();
        foreach (var child in children)
        {
            if (child is Block block) { Flush(); result.Add(block); }
            else if (child is HtmlElement e && IsBlockLevel(e)) { Flush(); result.AddRange(Block(e)); }
            else run.Add(child);
        }
        Flush();
        return result;

        void Flush()
        {
            var inlines = Trim(Inlines(run));
            run.Clear();
            if (inlines.Count == 0) return;
            var source = inlines[0].Source;
            result.Add(StandaloneImage.Block(inlines, source));
        }
    }

    public IReadOnlyList<Inline> Inlines(IEnumerable<object> children)
    {
        var result = new List<Inline>();
        foreach (var child in children)
        {
            switch (child)
            {
                case Inline inline: result.Add(inline); break;
                case HtmlElement e when IsBlockLevel(e):
                    AppendAsInlines(result, Block(e));
                    break;
                case HtmlElement e:
                    if (Inline(e) is { } mapped) result.Add(mapped);
                    break;
                case Block b: AppendAsInlines(result, [b]); break;
            }
        }
        return result;
    }

    private IEnumerable<Block> Block(HtmlElement e)
    {
        var attributes = AttributesOf(e);
        switch (e.Name)
        {
            case "p" or "div" or "center" or "section" or "article" or "header" or "footer" or "main" or "nav" or "aside"
                or "address" or "form" or "fieldset" or "dialog" or "body" or "html" or "li" or "tr" or "td" or "th"
                or "thead" or "tbody" or "tfoot" or "caption" or "figcaption":
                var inner = Blocks(e.Children);
                return attributes.IsEmpty ? inner : [new Div(attributes, inner, e.Source)];
            case "blockquote":
                return [new BlockQuote(Blocks(e.Children), e.Source)];
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return [new Heading(e.Name[1] - '0', Trim(Inlines(e.Children)), Attributes.Empty.WithId(attributes.Id), e.Source)];
            case "hr":
                return [new ThematicBreak(e.Source)];
            case "ul" or "ol":
                return [List(e)];
            case "pre":
                return [Code(e)];
            case "table":
                return [HtmlTable.Map(e, this)];
            case "figure":
                return Figure(e);
            case "details":
                var summary = e.Children.OfType<HtmlElement>().FirstOrDefault(c => c.Name == "summary");
                return [new Details(summary is null ? [] : Trim(Inlines(summary.Children)), Blocks(e.Children.Where(c => c != summary)), e.Source)];
            case "summary" or "dt":
                return [new Paragraph([new Strong(Trim(Inlines(e.Children)), e.Source)], e.Source)];
            case "dd":
                return [new Div(attributes.WithClass("definition"), Blocks(e.Children), e.Source)];
            case "listing":
                return [Listing(e)];
            case var name when Formatting.Contains(name):
                return Distributed(e);
            default:
                // A custom element around Markdown blocks: its blocks, kept as blocks.
                var content = Blocks(e.Children);
                return attributes.IsEmpty ? content : [new Div(attributes, content, e.Source)];
        }
    }

    /// <summary>
    /// An element that must be mapped as a block: a block element, or any element whose content holds
    /// Markdown blocks (a fenced code block between <c>&lt;Listing&gt;</c> and <c>&lt;/Listing&gt;</c>).
    /// Mapping such an element as an inline would flatten a code block into inline code.
    /// </summary>
    private static bool IsBlockLevel(HtmlElement e) => HtmlElements.IsBlock(e.Name) || e.Name == "listing" || HoldsBlocks(e);

    private static bool HoldsBlocks(HtmlElement e)
    {
        foreach (var child in e.Children)
            if (child is Block || child is HtmlElement inner && IsBlockLevel(inner)) return true;
        return false;
    }

    // <b> or <a> around paragraphs: each paragraph (or heading) gets the formatting around its content.
    private IEnumerable<Block> Distributed(HtmlElement e)
    {
        foreach (var block in Blocks(e.Children))
        {
            yield return block switch
            {
                Paragraph p => p with { Content = Wrapped(e, p.Content) },
                Heading h => h with { Content = Wrapped(e, h.Content) },
                _ => block,
            };
        }
    }

    private IReadOnlyList<Inline> Wrapped(HtmlElement e, IReadOnlyList<Inline> content)
    {
        var copy = new HtmlElement(e.Tag, e.Source);
        copy.Children.AddRange(content);
        return Inline(copy) is { } wrapped ? [wrapped] : content;
    }

    private Listing Listing(HtmlElement e)
    {
        var caption = e.Tag.Get("caption") is { } text && !string.IsNullOrWhiteSpace(text)
            ? InlineMarkdown?.Invoke(text.Trim(), e.Source) ?? [new Model.Text(text.Trim(), e.Source)]
            : [];
        var number = e.Tag.Get("number")?.Trim();
        var file = e.Tag.Get("file-name")?.Trim();
        return new Listing(string.IsNullOrEmpty(number) ? null : number, string.IsNullOrEmpty(file) ? null : file, caption, Blocks(e.Children), e.Source);
    }

    public Inline? Inline(HtmlElement e)
    {
        var content = e.Children.Count == 0 ? [] : Inlines(e.Children);
        switch (e.Name)
        {
            case "br": return new LineBreak(e.Source);
            case "img":
                var src = e.Tag.Get("src");
                if (string.IsNullOrWhiteSpace(src)) return null;
                return new Image(src.Trim(), e.Tag.Get("alt") ?? "", e.Tag.Get("title"), ImageAttributes(e), e.Source);
            case "a":
                var href = e.Tag.Get("href");
                if (href is not null && href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    sink.Report(Codes.UnsafeHtmlDropped, "A javascript: link was turned into plain text.", e.Source, "Link to a page or a chapter instead.");
                    href = null;
                }
                if (!string.IsNullOrWhiteSpace(href)) return new Link(new UnresolvedTarget(href.Trim()), e.Tag.Get("title"), content, e.Source);
                var anchor = e.Tag.Get("id") ?? e.Tag.Get("name");
                return new Span(Attributes.Empty.WithId(string.IsNullOrWhiteSpace(anchor) ? null : anchor.Trim()), content, e.Source);
            case "b" or "strong": return new Strong(content, e.Source);
            case "i" or "em" or "cite" or "dfn" or "var": return new Emphasis(content, e.Source);
            case "code" or "tt" or "samp": return new InlineCode(InlineText.Of(content), e.Source);
            case "sup": return new Superscript(content, e.Source);
            case "sub": return new Subscript(content, e.Source);
            case "kbd": return new Keyboard(content, e.Source);
            case "s" or "strike" or "del": return new Strikethrough(content, e.Source);
            default:
                if (HtmlElements.Ignored.Contains(e.Name)) return null;
                return new Span(AttributesOf(e), content, e.Source);
        }
    }

    private ListBlock List(HtmlElement e)
    {
        var items = new List<ListItem>();
        foreach (var child in e.Children)
        {
            if (child is HtmlElement { Name: "li" } li) items.Add(new ListItem(Blocks(li.Children), null, li.Source));
            else if (child is not Model.Text { Value: var v } || !string.IsNullOrWhiteSpace(v))
            {
                var blocks = Blocks([child]);
                if (blocks.Count > 0) items.Add(new ListItem(blocks, null, e.Source));
            }
        }
        var start = int.TryParse(e.Tag.Get("start"), out var s) ? s : 1;
        return new ListBlock(e.Name == "ol", start, true, items, e.Source);
    }

    private static CodeBlock Code(HtmlElement e)
    {
        var code = e.Children.OfType<HtmlElement>().FirstOrDefault(c => c.Name == "code");
        var language = code?.Tag.Get("class")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal))?["language-".Length..];
        var text = RawText(e);
        if (text.StartsWith('\n')) text = text[1..];
        return new CodeBlock(language, text.TrimEnd('\n'), e.Source);
    }

    private IEnumerable<Block> Figure(HtmlElement e)
    {
        var blocks = Blocks(e.Children.Where(c => c is not HtmlElement { Name: "figcaption" }));
        var caption = e.Children.OfType<HtmlElement>().FirstOrDefault(c => c.Name == "figcaption");
        var captionInlines = caption is null ? [] : Trim(Inlines(caption.Children));
        if (blocks is [Figure single]) return [caption is null ? single : single with { Caption = captionInlines }];
        return caption is null ? blocks : [.. blocks, new Paragraph(captionInlines, caption.Source)];
    }

    private static string RawText(HtmlElement e) => string.Concat(e.Children.Select(c => c switch
    {
        Model.Text t => t.Value,
        HtmlElement { Name: "br" } => "\n",
        HtmlElement child => RawText(child),
        Inline i => InlineText.Of([i]),
        _ => "",
    }));

    private static Attributes AttributesOf(HtmlElement e)
    {
        var attributes = Attributes.Empty;
        var id = e.Tag.Get("id");
        if (!string.IsNullOrWhiteSpace(id)) attributes = attributes.WithId(id.Trim());
        foreach (var cls in (e.Tag.Get("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            attributes = attributes.WithClass(cls);
        var align = e.Name == "center" ? "center" : Alignment(e.Tag);
        if (align is not null) attributes = attributes.With("align", align);
        return attributes;
    }

    private static Attributes ImageAttributes(HtmlElement e)
    {
        var attributes = AttributesOf(e);
        foreach (var key in new[] { "width", "height" })
            if (e.Tag.Get(key) is { Length: > 0 } value) attributes = attributes.With(key, value.Trim());
        return attributes;
    }

    public static string? Alignment(HtmlStartTag tag)
    {
        var align = tag.Get("align")?.Trim().ToLowerInvariant();
        if (align is "center" or "left" or "right" or "justify") return align;
        var style = tag.Get("style") ?? "";
        var at = style.IndexOf("text-align", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var value = style[(at + "text-align".Length)..].TrimStart(' ', ':').Split(';')[0].Trim().ToLowerInvariant();
        return value is "center" or "left" or "right" ? value : null;
    }

    private static void AppendAsInlines(List<Inline> result, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var inlines = block switch
            {
                Paragraph p => p.Content,
                Heading h => h.Content,
                Figure f => [f.Image, .. f.Caption],
                CodeBlock c => [new InlineCode(c.Code, c.Source)],
                _ => null,
            };
            if (inlines is null)
            {
                var nested = block switch
                {
                    Div d => d.Content, BlockQuote q => q.Content, Details d => d.Content, Listing l => l.Content,
                    ListBlock l => l.Items.SelectMany(i => i.Content).ToList(),
                    _ => [],
                };
                AppendAsInlines(result, nested);
                continue;
            }
            if (result.Count > 0 && result[^1] is not LineBreak) result.Add(new LineBreak(block.Source));
            result.AddRange(inlines);
        }
    }

    /// <summary>Drops leading and trailing whitespace-only text and line breaks.</summary>
    public static IReadOnlyList<Inline> Trim(IReadOnlyList<Inline> inlines)
    {
        var start = 0;
        var end = inlines.Count;
        while (start < end && IsBlank(inlines[start])) start++;
        while (end > start && IsBlank(inlines[end - 1])) end--;
        return start == 0 && end == inlines.Count ? inlines : [.. inlines.Skip(start).Take(end - start)];

        static bool IsBlank(Inline i) => i is LineBreak || i is Model.Text t && string.IsNullOrWhiteSpace(t.Value) && !t.Value.Contains('\u3000');
    }
}
