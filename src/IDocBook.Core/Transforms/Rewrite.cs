using IDocBook.Core.Model;
using IDocBook.Core.Threading;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Bottom-up tree rewrites (pandoc's <c>walk</c>): every transform that changes nodes goes through
/// these, so none of them has to know where blocks and inlines can nest.
/// </summary>
public static class Rewrite
{
    /// <summary>Applies <paramref name="map"/> to every chapter, sub-chapters included.</summary>
    public static Book Chapters(Book book, Func<Chapter, Chapter> map) =>
        book with { Parts = [.. book.Parts.Select(p => p with { Chapters = [.. p.Chapters.Select(c => Chapter(c, map))] })] };

    /// <summary>
    /// <see cref="Chapters"/> with the top-level chapters (and their sub-chapters) mapped on several
    /// threads, in order: for pure maps that cost, such as highlighting.
    /// </summary>
    public static Book ChaptersInParallel(Book book, Func<Chapter, Chapter> map)
    {
        var mapped = OrderedParallel.Select([.. book.Parts.SelectMany(p => p.Chapters)], c => Chapter(c, map));
        var next = 0;
        var parts = new List<Part>(book.Parts.Count);
        foreach (var part in book.Parts)
        {
            parts.Add(part with { Chapters = mapped[next..(next + part.Chapters.Count)] });
            next += part.Chapters.Count;
        }
        return book with { Parts = parts };
    }

    private static Chapter Chapter(Chapter chapter, Func<Chapter, Chapter> map) =>
        map(chapter with { Children = [.. chapter.Children.Select(c => Chapter(c, map))] });

    /// <summary>Applies <paramref name="map"/> to every block of the book, children before parents.</summary>
    public static Book Blocks(Book book, Func<Block, Chapter, Block> map) =>
        Chapters(book, c => c with { Blocks = Blocks(c.Blocks, b => map(b, c)) });

    /// <summary>Applies <paramref name="map"/> to every inline of the book, children before parents.</summary>
    public static Book Inlines(Book book, Func<Inline, Chapter, Inline> map) =>
        Chapters(book, c => c with { Blocks = Inlines(c.Blocks, i => map(i, c)) });

    public static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks, Func<Block, Block> map) =>
        new BlockRewriter(map).Blocks(blocks);

    public static IReadOnlyList<Block> Inlines(IReadOnlyList<Block> blocks, Func<Inline, Inline> map) =>
        new InlineRewriter(map).Blocks(blocks);

    public static IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines, Func<Inline, Inline> map) =>
        new InlineRewriter(map).Inlines(inlines);

    // One rewriter per rewrite, holding its delegates, so that the recursion allocates nothing per
    // node: lambdas capturing the map made a closure and delegates for every node, most of what
    // the transforms allocated.
    private sealed class BlockRewriter
    {
        private static readonly Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> Unchanged = inlines => inlines;
        private readonly Func<Block, Block> _map;
        private readonly Func<Block, Block> _block;
        private readonly Func<IReadOnlyList<Block>, IReadOnlyList<Block>> _blocks;

        public BlockRewriter(Func<Block, Block> map)
        {
            _map = map;
            _block = Block;
            _blocks = Blocks;
        }

        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => Map(blocks, _block);

        private Block Block(Block block) => _map(Children(block, _blocks, Unchanged));
    }

    private sealed class InlineRewriter
    {
        private readonly Func<Inline, Inline> _map;
        private readonly Func<Block, Block> _block;
        private readonly Func<Inline, Inline> _inline;
        private readonly Func<IReadOnlyList<Block>, IReadOnlyList<Block>> _blocks;
        private readonly Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> _inlines;

        public InlineRewriter(Func<Inline, Inline> map)
        {
            _map = map;
            _block = Block;
            _inline = Inline;
            _blocks = Blocks;
            _inlines = Inlines;
        }

        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => Map(blocks, _block);

        public IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => Map(inlines, _inline);

        private Block Block(Block block) => Children(block, _blocks, _inlines);

        private Inline Inline(Inline inline) => _map(Children(inline, _inlines));
    }

    /// <summary>
    /// Maps every item; when each maps to itself the list itself is returned. Unchanged subtrees are
    /// shared between the model before and after a transform instead of copied, which most nodes are
    /// in most transforms: a copy per transform was a fifth of what a build allocated.
    /// </summary>
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> map) where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var mapped = map(items[i]);
            if (changed is null)
            {
                if (ReferenceEquals(mapped, items[i])) continue;
                changed = new T[items.Count];
                for (var j = 0; j < i; j++) changed[j] = items[j];
            }
            changed[i] = mapped;
        }
        return changed ?? items;
    }

    // Rebuilds one block with its child block lists and inline lists mapped; the block itself when none changed.
    private static Block Children(Block block, Func<IReadOnlyList<Block>, IReadOnlyList<Block>> blocks,
        Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines) => block switch
    {
        Heading h => Changed(inlines(h.Content), h.Content) is { } c ? h with { Content = c } : h,
        Paragraph p => Changed(inlines(p.Content), p.Content) is { } c ? p with { Content = c } : p,
        ListBlock l => Items(l, blocks),
        BlockQuote q => Changed(blocks(q.Content), q.Content) is { } c ? q with { Content = c } : q,
        Table t => (Rows(t.Header, inlines), Rows(t.Body, inlines)) is var (header, body) && ReferenceEquals(header, t.Header) && ReferenceEquals(body, t.Body) ? t
            : t with { Header = header, Body = body },
        Figure f => (inlines([f.Image]).Single(), inlines(f.Caption)) is var (image, caption) && ReferenceEquals(image, f.Image) && ReferenceEquals(caption, f.Caption) ? f
            : f with { Image = (Image)image, Caption = caption },
        Div d => Changed(blocks(d.Content), d.Content) is { } c ? d with { Content = c } : d,
        Details d => (inlines(d.Summary), blocks(d.Content)) is var (summary, content) && ReferenceEquals(summary, d.Summary) && ReferenceEquals(content, d.Content) ? d
            : d with { Summary = summary, Content = content },
        Listing l => (inlines(l.Caption), blocks(l.Content)) is var (caption, content) && ReferenceEquals(caption, l.Caption) && ReferenceEquals(content, l.Content) ? l
            : l with { Caption = caption, Content = content },
        FootnoteDefinition f => Changed(blocks(f.Content), f.Content) is { } c ? f with { Content = c } : f,
        _ => block,
    };

    // Its own method: the lambda's closure, here at the top of Children, was made for every block.
    private static ListBlock Items(ListBlock list, Func<IReadOnlyList<Block>, IReadOnlyList<Block>> blocks) =>
        Changed(Map(list.Items, i => Changed(blocks(i.Content), i.Content) is { } c ? i with { Content = c } : i), list.Items) is { } items ? list with { Items = items } : list;

    private static IReadOnlyList<TableRow> Rows(IReadOnlyList<TableRow> rows, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines)
    {
        TableRow[]? changedRows = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            TableCell[]? changedCells = null;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (Changed(inlines(cell.Content), cell.Content) is not { } content) continue;
                changedCells ??= [.. row.Cells];
                changedCells[c] = cell with { Content = content };
            }
            if (changedCells is null) continue;
            changedRows ??= [.. rows];
            changedRows[r] = row with { Cells = changedCells };
        }
        return changedRows ?? rows;
    }

    private static Inline Children(Inline inline, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines) => inline switch
    {
        Emphasis e => Changed(inlines(e.Content), e.Content) is { } c ? e with { Content = c } : e,
        Strong s => Changed(inlines(s.Content), s.Content) is { } c ? s with { Content = c } : s,
        Strikethrough s => Changed(inlines(s.Content), s.Content) is { } c ? s with { Content = c } : s,
        Superscript s => Changed(inlines(s.Content), s.Content) is { } c ? s with { Content = c } : s,
        Subscript s => Changed(inlines(s.Content), s.Content) is { } c ? s with { Content = c } : s,
        Keyboard k => Changed(inlines(k.Content), k.Content) is { } c ? k with { Content = c } : k,
        Span s => Changed(inlines(s.Content), s.Content) is { } c ? s with { Content = c } : s,
        Link l => Changed(inlines(l.Content), l.Content) is { } c ? l with { Content = c } : l,
        _ => inline,
    };

    /// <summary>The mapped list when it is not the original, else null: the node needs no rebuilding.</summary>
    private static IReadOnlyList<T>? Changed<T>(IReadOnlyList<T> mapped, IReadOnlyList<T> original) =>
        ReferenceEquals(mapped, original) ? null : mapped;
}
