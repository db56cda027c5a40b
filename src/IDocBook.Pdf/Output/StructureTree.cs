using System.Text;
using IDocBook.Pdf.Tagging;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The structure tree of a tagged PDF, built as the pages are written: each marked-content id and
/// each link annotation is added to its element, and an element joins its parent when its first
/// content comes, so children follow the reading order of the pages. A run of a link's text, and
/// its annotation, go into one <c>Link</c> element under the element they are in.
/// </summary>
internal sealed class StructureTree(int pageCount)
{
    private abstract record Kid;
    private sealed record Element(StructElement Value) : Kid;
    private sealed record Content(int Page, int Mcid) : Kid;
    private sealed record Annotation(int Page, int Object) : Kid;

    private readonly StructElement _document = new("Document");
    private readonly Dictionary<StructElement, List<Kid>> _kids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LinkRef, StructElement> _links = new(ReferenceEqualityComparer.Instance);
    private readonly List<StructElement> _order = [];
    private readonly List<(int Key, StructElement[] Elements, bool Array)> _parents = [];
    private int _nextAnnotationKey = pageCount;

    /// <summary>Adds page <paramref name="index"/>'s marked content; the page's /StructParents is its index.</summary>
    public void AddPage(int index, int page, IReadOnlyList<(StructElement Tag, LinkRef? Link)> marks)
    {
        var elements = new List<StructElement>(marks.Count);
        for (var mcid = 0; mcid < marks.Count; mcid++)
        {
            var element = Resolve(marks[mcid].Tag, marks[mcid].Link);
            Attach(element);
            _kids[element].Add(new Content(page, mcid));
            elements.Add(element);
        }
        _parents.Add((index, [.. elements], true));
    }

    /// <returns>The annotation's /StructParent key, or null when it belongs to no element.</returns>
    public int? AddAnnotation(int page, int annotation, StructElement? tag, LinkRef link)
    {
        if (tag is null) return null;
        var element = Resolve(tag, link);
        Attach(element);
        _kids[element].Add(new Annotation(page, annotation));
        var key = _nextAnnotationKey++;
        _parents.Add((key, [element], false));
        return key;
    }

    /// <summary>Writes the elements, the parent tree and the root; returns the root's object number.</summary>
    public int Write(PdfObjectWriter writer)
    {
        var root = writer.Reserve();
        Attach(_document);
        var numbers = _order.Select(_ => writer.Reserve()).ToArray();
        var index = new Dictionary<StructElement, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _order.Count; i++) index[_order[i]] = numbers[i];
        string Ref(StructElement e) => PdfText.Ref(index[e]);
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in _order)
        {
            var body = new StringBuilder("<</Type /StructElem /S /").Append(element.Type);
            body.Append(" /P ").Append(ReferenceEquals(element, _document) ? PdfText.Ref(root) : Ref(element.Parent ?? _document));
            body.Append(" /K [");
            foreach (var kid in _kids[element])
            {
                body.Append(kid switch
                {
                    Element e => Ref(e.Value),
                    Content c => $"<</Type /MCR /Pg {PdfText.Ref(c.Page)} /MCID {PdfText.Number(c.Mcid)}>>",
                    Annotation a => $"<</Type /OBJR /Pg {PdfText.Ref(a.Page)} /Obj {PdfText.Ref(a.Object)}>>",
                    _ => throw new InvalidOperationException(),
                }).Append(' ');
            }
            body.Append(']');
            if (element.Alt is { } alt) body.Append(" /Alt ").Append(PdfText.String(alt));
            if (element.Lang is { } lang) body.Append(" /Lang ").Append(PdfText.String(lang));
            if (element.Attributes is { } attributes) body.Append(" /A ").Append(attributes);
            if (element.Id is { } id)
            {
                var key = DestinationNames.ForPdf(id);
                if (ids.TryAdd(key, index[element])) body.Append(" /ID ").Append(PdfText.String(key));
            }
            writer.Write(index[element], body.Append(">>").ToString());
        }
        var parentTree = writer.Reserve();
        var nums = string.Join("\n", _parents.OrderBy(p => p.Key).Select(p =>
            PdfText.Number(p.Key) + " " + (p.Array ? "[" + string.Join(" ", p.Elements.Select(Ref)) + "]" : Ref(p.Elements[0]))));
        writer.Write(parentTree, "<</Nums [" + nums + "]>>");
        var entries = new StringBuilder($"<</Type /StructTreeRoot /K {Ref(_document)} /ParentTree {PdfText.Ref(parentTree)} /ParentTreeNextKey {PdfText.Number(_nextAnnotationKey)}");
        if (ids.Count > 0)
        {
            var idTree = writer.Reserve();
            writer.Write(idTree, "<</Names [" + string.Join(" ", ids.Select(p => PdfText.String(p.Key) + " " + PdfText.Ref(p.Value))) + "]>>");
            entries.Append(" /IDTree ").Append(PdfText.Ref(idTree));
        }
        writer.Write(root, entries.Append(">>").ToString());
        return root;
    }

    // A link's text and its annotation share one Link element, inside the element the link is in.
    private StructElement Resolve(StructElement tag, LinkRef? link)
    {
        if (link is null || tag.Type == "Link") return tag;
        if (!_links.TryGetValue(link, out var element)) _links[link] = element = new StructElement("Link") { Parent = tag };
        return element;
    }

    private void Attach(StructElement element)
    {
        if (_kids.ContainsKey(element)) return;
        _kids[element] = [];
        if (!ReferenceEquals(element, _document))
        {
            var parent = element.Parent ?? _document;
            Attach(parent);
            _kids[parent].Add(new Element(element));
        }
        _order.Add(element);
    }
}
