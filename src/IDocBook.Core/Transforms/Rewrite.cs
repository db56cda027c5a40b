using IDocBook.Core.Model;

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
        var mapped = book.Parts.SelectMany(p => p.Chapters).AsParallel().AsOrdered().Select(c => Chapter(c, map)).ToList();
        var next = 0;
        var parts = new List<Part>(book.Parts.Count);
        foreach (var part in book.Parts)
        {
            parts.Add(part with { Chapters = mapped.GetRange(next, part.Chapters.Count) });
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
        [.. blocks.Select(b => map(Children(b, bs => Blocks(bs, map), x => x)))];

    public static IReadOnlyList<Block> Inlines(IReadOnlyList<Block> blocks, Func<Inline, Inline> map) =>
        [.. blocks.Select(b => Children(b, bs => Inlines(bs, map), xs => Inlines(xs, map)))];

    public static IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines, Func<Inline, Inline> map) =>
        [.. inlines.Select(i => map(Children(i, xs => Inlines(xs, map))))];

    // Rebuilds one block with its child block lists and inline lists mapped.
    private static Block Children(Block block, Func<IReadOnlyList<Block>, IReadOnlyList<Block>> blocks,
        Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines) => block switch
    {
        Heading h => h with { Content = inlines(h.Content) },
        Paragraph p => p with { Content = inlines(p.Content) },
        ListBlock l => l with { Items = [.. l.Items.Select(i => i with { Content = blocks(i.Content) })] },
        BlockQuote q => q with { Content = blocks(q.Content) },
        Table t => t with { Header = Rows(t.Header, inlines), Body = Rows(t.Body, inlines) },
        Figure f => f with { Image = (Image)inlines([f.Image]).Single(), Caption = inlines(f.Caption) },
        Div d => d with { Content = blocks(d.Content) },
        Details d => d with { Summary = inlines(d.Summary), Content = blocks(d.Content) },
        FootnoteDefinition f => f with { Content = blocks(f.Content) },
        _ => block,
    };

    private static IReadOnlyList<TableRow> Rows(IReadOnlyList<TableRow> rows, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines) =>
        [.. rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Content = inlines(c.Content) })] })];

    private static Inline Children(Inline inline, Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> inlines) => inline switch
    {
        Emphasis e => e with { Content = inlines(e.Content) },
        Strong s => s with { Content = inlines(s.Content) },
        Strikethrough s => s with { Content = inlines(s.Content) },
        Superscript s => s with { Content = inlines(s.Content) },
        Subscript s => s with { Content = inlines(s.Content) },
        Keyboard k => k with { Content = inlines(k.Content) },
        Span s => s with { Content = inlines(s.Content) },
        Link l => l with { Content = inlines(l.Content) },
        _ => inline,
    };
}
