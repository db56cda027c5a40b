using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Numbers chapters and their headings (1, 1.1, 1.1.1) when the book asks for it. Prefix and
/// suffix chapters (mdBook) stay unnumbered, as they are in mdBook itself.
/// </summary>
public static class SectionNumbering
{
    public static Book Apply(Book book)
    {
        if (!book.Metadata.NumberSections) return book;
        var top = 0;
        return book with { Parts = [.. book.Parts.Select(p => p with { Chapters = [.. p.Chapters.Select(c => c.Kind == ChapterKind.Numbered ? Number(c, $"{++top}") : c)] })] };
    }

    private static Chapter Number(Chapter chapter, string number)
    {
        var counters = new int[8];
        var blocks = Rewrite.Blocks(chapter.Blocks, block =>
        {
            if (block is not Heading h) return block;
            if (h.Level == 1) return h with { Number = number };
            var level = Math.Min(h.Level, counters.Length - 1);
            counters[level]++;
            Array.Clear(counters, level + 1, counters.Length - level - 1);
            return h with { Number = number + "." + string.Join('.', counters[2..(level + 1)]) };
        });
        var sub = 0;
        return chapter with { Blocks = blocks, Children = [.. chapter.Children.Select(c => Number(c, $"{number}.{++sub}"))] };
    }
}
