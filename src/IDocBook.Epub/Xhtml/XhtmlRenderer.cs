using System.Xml;
using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Writes model nodes of one chapter as XHTML. The per-kind renderers (<see cref="BlockRenderer"/>,
/// <see cref="InlineRenderer"/> and the ones they call) share this state: the writer, the ids used in
/// the file and the footnotes seen.
/// </summary>
internal sealed class XhtmlRenderer(XmlWriter writer, EpubContext context, IReadOnlySet<int> definedFootnotes, PageMarks? marks = null)
{
    /// <summary>Where the print edition's pages begin in this chapter (none without a print edition).</summary>
    public PageMarks Marks { get; } = marks ?? new PageMarks();

    public XmlWriter W { get; } = writer;
    public EpubContext Context { get; } = context;
    public IdScope Ids { get; } = new();

    /// <summary>Footnote numbers that have a definition in this chapter (targets for noterefs).</summary>
    public IReadOnlySet<int> DefinedFootnotes { get; } = definedFootnotes;

    /// <summary>Footnote numbers whose <c>fnref{n}</c> id was written (targets for back-links).</summary>
    public HashSet<int> WrittenNoteRefs { get; } = [];

    /// <summary>Footnote numbers whose <c>fn{n}</c> aside was written (a duplicate definition gets no id).</summary>
    public HashSet<int> WrittenDefinitions { get; } = [];

    /// <summary>Chapter and anchor of every internal link written with an anchor, to check once all ids are known.</summary>
    public HashSet<(string Chapter, string Anchor)> LinkedAnchors { get; } = [];

    /// <summary>The code styles this chapter used, by the class that shows each (null: the style has no usable name).</summary>
    public Dictionary<TokenStyle, string?> CodeClasses { get; } = [];

    /// <summary>The <c>tok-{name}</c> class of a highlighting style, or null for plain text.</summary>
    public string? CodeClass(TokenStyle? style)
    {
        if (style is null) return null;
        if (!CodeClasses.TryGetValue(style, out var cssClass))
            CodeClasses[style] = cssClass = XmlText.ClassToken(style.Name) is { } name ? "tok-" + name : null;
        return cssClass;
    }

    /// <summary>Depth of open <c>&lt;a&gt;</c> elements: HTML forbids nested links, so inner ones become spans.</summary>
    public int LinkDepth { get; set; }

    public void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) BlockRenderer.Write(this, block);
    }

    public void Inlines(IEnumerable<Inline> inlines)
    {
        // A block's inlines are read once for the script of their marks; nested calls share that.
        if (_marks is not null)
        {
            foreach (var inline in inlines) InlineRenderer.Write(this, inline);
            return;
        }
        var list = inlines as IReadOnlyList<Inline> ?? [.. inlines];
        _marks = ScriptMarks.Decide(list, _cjkBook);
        try
        {
            foreach (var inline in list) InlineRenderer.Write(this, inline);
        }
        finally
        {
            _marks = null;
        }
    }

    private readonly bool _cjkBook = Core.Text.ScriptContext.IsCjkLanguage(context.Language);
    private Dictionary<Inline, bool[]?>? _marks;

    /// <summary>Depth of open emphasis: CJK letters inside it get emphasis dots.</summary>
    public int EmphasisDepth { get; set; }

    /// <summary>A text node of running text: marks and emphasised CJK in their spans (see <see cref="ScriptMarks"/>).</summary>
    public void Prose(Core.Model.Text text)
    {
        var cjkAt = _marks?.GetValueOrDefault(text);
        var from = 0;
        // A page that begins inside the text splits it at that character.
        foreach (var (offset, label) in Marks.Inside(text))
        {
            if (offset >= text.Value.Length) continue;
            ScriptMarks.Write(this, text.Value[from..offset], cjkAt?[from..offset], _cjkBook, EmphasisDepth > 0);
            Marks.Write(this, label);
            from = offset;
        }
        ScriptMarks.Write(this, text.Value[from..], cjkAt?[from..], _cjkBook, EmphasisDepth > 0);
    }

    /// <summary>Text that page marks may split (inline code, code), written plain.</summary>
    public void MarkedText(object node, string text, int start = 0)
    {
        var from = 0;
        foreach (var (offset, label) in Marks.Inside(node))
        {
            var at = offset - start;
            if (at < from || at >= text.Length) continue;
            Text(text[from..at]);
            Marks.Write(this, label);
            from = at;
        }
        Text(text[from..]);
    }

    public void Text(string text) => W.WriteString(XmlText.Clean(text));

    public void Start(string element, string? cssClass = null)
    {
        W.WriteStartElement(element, Ns.Xhtml);
        if (cssClass is not null) W.WriteAttributeString("class", cssClass);
    }

    public void End() => W.WriteEndElement();

    /// <summary>A newline between block elements, where whitespace cannot change rendering.</summary>
    public void Newline() => W.WriteWhitespace("\n");

    public void Attribute(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) W.WriteAttributeString(name, XmlText.Clean(value));
    }

    public void EpubType(string value) => W.WriteAttributeString("epub", "type", Ns.Epub, value);

    /// <summary>The safe subset of raw-HTML attributes: id (claimed), class, lang, dir and title.</summary>
    public void CommonAttributes(Attributes attributes, IEnumerable<string>? extraClasses = null)
    {
        Attribute("id", Ids.Claim(attributes.Id));
        var classes = attributes.Classes.Concat(extraClasses ?? []).Select(XmlText.ClassToken).OfType<string>().Distinct();
        Attribute("class", string.Join(' ', classes));
        if (attributes.Get("lang") is { } lang && IsLanguageTag(lang))
        {
            Attribute("lang", lang);
            W.WriteAttributeString("xml", "lang", null, lang);
        }
        if (attributes.Get("dir") is { } dir && dir.ToLowerInvariant() is "ltr" or "rtl" or "auto") Attribute("dir", dir.ToLowerInvariant());
        Attribute("title", attributes.Get("title"));
    }

    private static bool IsLanguageTag(string value) =>
        value.Length is > 0 and < 36 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
