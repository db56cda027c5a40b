using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Core.Markdown.Html;

/// <summary>
/// Builds a tree from raw-HTML tokens interleaved with model nodes, the way raw HTML appears in
/// Markdown: <c>&lt;div align="center"&gt;</c> in one HTML block, Markdown paragraphs, then
/// <c>&lt;/div&gt;</c> in another. Unclosed elements are closed at the end, stray end tags are
/// ignored, and the usual implied end tags (<c>li</c>, <c>p</c>, <c>td</c>, <c>tr</c>) are applied.
/// </summary>
internal sealed class HtmlAssembler(HtmlMapper mapper)
{
    private readonly HtmlElement _root = new(new HtmlStartTag("#root", [], false, 0), SourceSpan.None);
    /// <summary>
    /// Elements nested deeper are not opened (their content stays in the innermost open one): the
    /// mapper and the writers recurse over the tree, and a stack overflow cannot be caught.
    /// </summary>
    internal const int MaxDepth = 64;

    private readonly List<HtmlElement> _open = [];
    private Dictionary<string, int>? _tooDeep; // made on the first element too deep: one assembler is made per run of inlines
    private string? _dropping;
    private int _dropDepth;

    private HtmlElement Current => _open.Count > 0 ? _open[^1] : _root;

    public bool IsEmpty => _root.Children.Count == 0 && _open.Count == 0;

    public void Add(object node)
    {
        if (_dropping is null) Current.Children.Add(node);
    }

    public void Feed(IEnumerable<HtmlToken> tokens, Func<int, SourceSpan> sourceAt)
    {
        foreach (var token in tokens)
        {
            switch (token)
            {
                case HtmlText text:
                    Add(new Model.Text(Cjk.FoldLineBreaks(text.Value), sourceAt(text.Offset)));
                    break;
                case HtmlStartTag start:
                    Start(start, sourceAt(start.Offset));
                    break;
                case HtmlEndTag end:
                    End(end.Name);
                    break;
            }
        }
    }

    /// <summary>The top-level nodes, with every element still open closed.</summary>
    public List<object> Finish()
    {
        _open.Clear();
        _dropping = null;
        return _root.Children;
    }

    private void Start(HtmlStartTag tag, SourceSpan source)
    {
        if (_dropping is not null)
        {
            if (tag.Name == _dropping && !tag.SelfClosing) _dropDepth++;
            return;
        }
        if (!mapper.Admit(tag, source))
        {
            if (!tag.SelfClosing && !HtmlElements.Void.Contains(tag.Name)) { _dropping = tag.Name; _dropDepth = 1; }
            return;
        }
        CloseImplied(tag.Name);
        var opens = !tag.SelfClosing && !HtmlElements.Void.Contains(tag.Name);
        if (opens && _open.Count >= MaxDepth)
        {
            if (_tooDeep is null) mapper.ReportTooDeep(source, MaxDepth);
            _tooDeep ??= [];
            _tooDeep[tag.Name] = _tooDeep.GetValueOrDefault(tag.Name) + 1;
            return;
        }
        var element = new HtmlElement(tag, source);
        Current.Children.Add(element);
        if (!tag.SelfClosing && !HtmlElements.Void.Contains(tag.Name)) _open.Add(element);
    }

    private void End(string name)
    {
        if (_dropping is not null)
        {
            if (name == _dropping && --_dropDepth == 0) _dropping = null;
            return;
        }
        if (_tooDeep?.GetValueOrDefault(name) > 0) { _tooDeep[name]--; return; }
        var at = _open.FindLastIndex(e => e.Name == name);
        if (at >= 0) _open.RemoveRange(at, _open.Count - at);
    }

    private void CloseImplied(string name)
    {
        switch (name)
        {
            case "li": CloseUpTo("li", "ul", "ol"); break;
            case "dt" or "dd": CloseUpTo("dt", "dl"); CloseUpTo("dd", "dl"); break;
            case "tr": CloseUpTo("tr", "table", "thead", "tbody", "tfoot"); break;
            case "td" or "th": CloseUpTo("td", "tr", "table"); CloseUpTo("th", "tr", "table"); break;
            case "thead" or "tbody" or "tfoot": CloseUpTo("thead", "table"); CloseUpTo("tbody", "table"); break;
        }
        if (HtmlElements.IsBlock(name) && Current.Name == "p") _open.RemoveAt(_open.Count - 1);
    }

    // Closes the nearest open <paramref name="name"/> unless one of <paramref name="barriers"/> is nearer.
    private void CloseUpTo(string name, params string[] barriers)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (barriers.Contains(_open[i].Name)) return;
            if (_open[i].Name == name) { _open.RemoveRange(i, _open.Count - i); return; }
        }
    }
}
