using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>Read-only, document-order enumeration of nested nodes (the counterpart of <see cref="Rewrite"/>).</summary>
public static class Walk
{
    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var child in Blocks(ChildBlocks(block))) yield return child;
        }
    }

    public static IEnumerable<Inline> Inlines(IEnumerable<Block> blocks) => Blocks(blocks).SelectMany(b => Inlines(ChildInlines(b)));

    public static IEnumerable<Inline> Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                Emphasis e => e.Content, Strong s => s.Content, Strikethrough s => s.Content, Superscript s => s.Content,
                Subscript s => s.Content, Keyboard k => k.Content, Span s => s.Content, Link l => l.Content,
                _ => [],
            };
            foreach (var child in Inlines(children)) yield return child;
        }
    }

    private static IEnumerable<Block> ChildBlocks(Block block) => block switch
    {
        ListBlock l => l.Items.SelectMany(i => i.Content),
        BlockQuote q => q.Content,
        Div d => d.Content,
        Details d => d.Content,
        FootnoteDefinition f => f.Content,
        _ => [],
    };

    private static IEnumerable<Inline> ChildInlines(Block block) => block switch
    {
        Heading h => h.Content,
        Paragraph p => p.Content,
        Table t => t.Header.Concat(t.Body).SelectMany(r => r.Cells).SelectMany(c => c.Content),
        Figure f => f.Caption.Prepend(f.Image),
        Details d => d.Summary,
        _ => [],
    };
}
