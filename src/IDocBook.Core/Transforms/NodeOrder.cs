using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Numbers the nodes of a chapter (blocks, table rows and inlines) in one fixed order, so that two
/// writers, or two builds of an unchanged chapter, name a node by the same number: the PDF says where
/// its pages begin by these numbers, and the EPUB finds the nodes by them. Records compare by value,
/// so nodes are told apart by reference.
/// </summary>
public sealed class NodeOrder
{
    /// <summary>The number of the chapter title the writers add when the text has none of its own.</summary>
    public const int Title = -1;

    private readonly List<object> _nodes = [];
    private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);

    private NodeOrder() { }

    public static NodeOrder Of(Chapter chapter)
    {
        var order = new NodeOrder();
        var blocks = Walk.Blocks(chapter.Blocks);
        foreach (var block in blocks) order.Add(block);
        foreach (var block in blocks) order.AddInside(block);
        return order;
    }

    /// <summary>The node's number, or null when it is not a node of this chapter.</summary>
    public int? NumberOf(object node) => _numbers.TryGetValue(node, out var n) ? n : null;

    /// <summary>The node with this number, or null.</summary>
    public object? NodeAt(int number) => number >= 0 && number < _nodes.Count ? _nodes[number] : null;

    private void Add(object node)
    {
        if (_numbers.TryAdd(node, _nodes.Count)) _nodes.Add(node);
    }

    private void AddInside(Block block)
    {
        switch (block)
        {
            case Heading h: AddInlines(h.Content); break;
            case Paragraph p: AddInlines(p.Content); break;
            case Table t:
                foreach (var row in t.Header.Concat(t.Body))
                {
                    Add(row);
                    foreach (var cell in row.Cells) AddInlines(cell.Content);
                }
                break;
            case Figure f:
                AddInline(f.Image);
                AddInlines(f.Caption);
                break;
            case Details d: AddInlines(d.Summary); break;
            case Listing l: AddInlines(l.Caption); break;
        }
    }

    private void AddInlines(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines) AddInline(inline);
    }

    private void AddInline(Inline inline)
    {
        Add(inline);
        var children = inline switch
        {
            Emphasis e => e.Content, Strong s => s.Content, Strikethrough s => s.Content, Superscript s => s.Content,
            Subscript s => s.Content, Keyboard k => k.Content, Span s => s.Content, Link l => l.Content,
            _ => null,
        };
        if (children is not null) AddInlines(children);
    }
}
