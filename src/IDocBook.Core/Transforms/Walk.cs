using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>Read-only, document-order lists of nested nodes (the counterpart of <see cref="Rewrite"/>).</summary>
/// <remarks>
/// The lists are collected eagerly by plain recursion: nested iterators cost an allocation and a
/// chain of calls per node at every level, which made walking a book ten times slower.
/// </remarks>
public static class Walk
{
    /// <summary>Every block, each before the blocks inside it.</summary>
    public static IReadOnlyList<Block> Blocks(IEnumerable<Block> blocks)
    {
        var all = new List<Block>();
        foreach (var block in blocks) AddBlock(block, all);
        return all;
    }

    /// <summary>Every inline of every block, each before the inlines inside it.</summary>
    public static IReadOnlyList<Inline> Inlines(IEnumerable<Block> blocks)
    {
        var all = new List<Inline>();
        foreach (var block in Blocks(blocks)) AddInlinesOf(block, all);
        return all;
    }

    private static void AddBlock(Block block, List<Block> all)
    {
        all.Add(block);
        switch (block)
        {
            case ListBlock l:
                foreach (var item in l.Items) AddBlocks(item.Content, all);
                break;
            case BlockQuote q: AddBlocks(q.Content, all); break;
            case Div d: AddBlocks(d.Content, all); break;
            case Details d: AddBlocks(d.Content, all); break;
            case Listing l: AddBlocks(l.Content, all); break;
            case FootnoteDefinition f: AddBlocks(f.Content, all); break;
        }
    }

    private static void AddBlocks(IReadOnlyList<Block> blocks, List<Block> all)
    {
        for (var i = 0; i < blocks.Count; i++) AddBlock(blocks[i], all);
    }

    private static void AddInlinesOf(Block block, List<Inline> all)
    {
        switch (block)
        {
            case Heading h: AddInlines(h.Content, all); break;
            case Paragraph p: AddInlines(p.Content, all); break;
            case Table t:
                foreach (var row in t.Header.Concat(t.Body))
                    foreach (var cell in row.Cells) AddInlines(cell.Content, all);
                break;
            case Figure f:
                AddInline(f.Image, all);
                AddInlines(f.Caption, all);
                break;
            case Details d: AddInlines(d.Summary, all); break;
            case Listing l: AddInlines(l.Caption, all); break;
        }
    }

    private static void AddInline(Inline inline, List<Inline> all)
    {
        all.Add(inline);
        var children = inline switch
        {
            Emphasis e => e.Content, Strong s => s.Content, Strikethrough s => s.Content, Superscript s => s.Content,
            Subscript s => s.Content, Keyboard k => k.Content, Span s => s.Content, Link l => l.Content,
            _ => null,
        };
        if (children is not null) AddInlines(children, all);
    }

    private static void AddInlines(IReadOnlyList<Inline> inlines, List<Inline> all)
    {
        for (var i = 0; i < inlines.Count; i++) AddInline(inlines[i], all);
    }
}
