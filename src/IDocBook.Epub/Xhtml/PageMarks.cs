using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// The print edition's page breaks that fall in one chapter, found by the node they begin at (see
/// <see cref="NodeOrder"/>), and written there as <c>epub:type="pagebreak"</c> marks as the chapter
/// is written: before a block, a table row's first cell, or the character of a text or of code.
/// </summary>
internal sealed class PageMarks
{
    public PageMarks() { }

    private readonly Dictionary<object, List<(int Offset, string Label)>> _at = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _titleLabels = [];
    private readonly List<string> _pending = [];

    /// <summary>The marks written, in order: page label and the id it got.</summary>
    public List<(string Label, string Id)> Written { get; } = [];

    public static PageMarks For(EpubContext context, Chapter chapter)
    {
        var marks = new PageMarks();
        if (context.Options.PrintPages is not { } print) return marks;
        NodeOrder? order = null;
        foreach (var page in print.Pages)
        {
            if (page.Start is not ChapterPosition position || position.ChapterId != chapter.Id) continue;
            marks._pending.Add(page.Label);
            if (position.Node == NodeOrder.Title)
            {
                marks._titleLabels.Add(page.Label);
                continue;
            }
            order ??= NodeOrder.Of(chapter);
            if (order.NodeAt(position.Node) is not { } node) continue;
            if (!marks._at.TryGetValue(node, out var list)) marks._at[node] = list = [];
            list.Add((position.Offset, page.Label));
        }
        return marks;
    }

    public bool Any => _pending.Count > 0;

    /// <summary>Marks for the pages that begin with the title the writer adds.</summary>
    public void BeforeTitle(XhtmlRenderer r)
    {
        foreach (var label in _titleLabels) Write(r, label);
    }

    /// <summary>Marks for the pages that begin with <paramref name="node"/> itself.</summary>
    public void Before(XhtmlRenderer r, object node)
    {
        if (!_at.TryGetValue(node, out var list)) return;
        foreach (var (offset, label) in list)
            if (offset == 0) Write(r, label);
    }

    /// <summary>The characters of <paramref name="node"/>'s text where pages begin, after its first.</summary>
    public IEnumerable<(int Offset, string Label)> Inside(object node) =>
        _at.TryGetValue(node, out var list) ? list.Where(m => m.Offset > 0) : [];

    /// <summary>Writes the marks no node took (a place the writer has no spot for) where the chapter ends, so every page is still listed.</summary>
    public void Rest(XhtmlRenderer r)
    {
        foreach (var label in _pending.ToList())
        {
            Misplaced.Add(label);
            Write(r, label);
        }
    }

    /// <summary>The labels that had to be written by <see cref="Rest"/>: none, when every mark fell where its page begins.</summary>
    public List<string> Misplaced { get; } = [];

    public void Write(XhtmlRenderer r, string label)
    {
        if (!_pending.Remove(label)) return;
        var id = r.Ids.Claim("page-" + label) ?? r.Ids.Fresh("page-" + label + "-");
        r.Start("span");
        r.W.WriteAttributeString("epub", "type", Ns.Epub, "pagebreak");
        r.Attribute("role", "doc-pagebreak");
        r.Attribute("id", id);
        r.Attribute("aria-label", label);
        r.End();
        Written.Add((label, id));
    }
}
