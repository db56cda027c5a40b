using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Builds the table of contents from the model: parts, chapters, sub-chapters, and each chapter's
/// headings down to <paramref name="depth"/> (structural levels, so skipped levels do not matter).
/// </summary>
public static class TableOfContents
{
    public static IReadOnlyList<TocPart> Build(Book book, int depth = 3) =>
        [.. book.Parts.Select(p => new TocPart(p.Title, [.. p.Chapters.Select(c => ForChapter(c, depth))]))];

    private static TocEntry ForChapter(Chapter chapter, int depth)
    {
        var headings = chapter.Blocks.OfType<Heading>().ToList();
        var sections = Nest(headings.Where(h => h.Level >= 2 && h.Level <= depth).ToList(), chapter.Id);
        return new TocEntry(chapter.Title, chapter.Id, null, [.. sections, .. chapter.Children.Select(c => ForChapter(c, depth))])
        {
            Number = headings.FirstOrDefault(h => h.Level == 1)?.Number,
        };
    }

    // Turns a flat list of headings into a tree: each heading owns the deeper ones after it.
    private static List<TocEntry> Nest(List<Heading> headings, string chapterId)
    {
        var index = 0;
        return Take(headings.Count == 0 ? 0 : headings.Min(h => h.Level));

        List<TocEntry> Take(int level)
        {
            var result = new List<TocEntry>();
            while (index < headings.Count && headings[index].Level >= level)
            {
                var h = headings[index++];
                var children = index < headings.Count && headings[index].Level > h.Level ? Take(headings[index].Level) : [];
                result.Add(new TocEntry(InlineText.Of(h.Content).Trim(), chapterId, h.Attributes.Id, children) { Number = h.Number });
            }
            return result;
        }
    }
}
