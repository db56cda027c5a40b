using IDocBook.Core.Markdown;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Loading;

/// <summary>
/// Splits a one-file book into chapters: a heading that no other heading outranks is the book
/// title, and chapters start at the highest level below it (the seed's <c>#</c> title with
/// <c>###</c> sections gives <c>###</c> chapters). Footnotes move to the chapter that cites them.
/// </summary>
internal static class SingleFileSplitter
{
    public static (string? Title, IReadOnlyList<Part> Parts) Split(MarkdownFile file, string path)
    {
        var blocks = file.Blocks.Where(b => b is not FootnoteDefinition).ToList();
        var notes = file.Blocks.OfType<FootnoteDefinition>().ToList();
        var headings = blocks.OfType<Heading>().ToList();
        string? title = null;
        if (headings.Count > 0 && headings.Skip(1).All(h => h.Level > headings[0].Level))
        {
            title = InlineText.Of(headings[0].Content).Trim();
            blocks.Remove(headings[0]);
            headings.RemoveAt(0);
        }
        var level = headings.Count == 0 ? 0 : headings.Min(h => h.Level);
        var groups = new List<List<Block>> { new() };
        foreach (var block in blocks)
        {
            if (block is Heading h && h.Level == level) groups.Add([]);
            groups[^1].Add(block);
        }
        if (groups[0].All(b => b is ThematicBreak)) groups.RemoveAt(0);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var chapters = groups.Select((g, i) =>
        {
            var mine = notes.Where(n => !cited.Contains(n.Label) && Cites(g, n.Label)).ToList();
            foreach (var n in mine) cited.Add(n.Label);
            var chapterTitle = g[0] is Heading ? null : title;
            return ChapterSource.Build(ChapterSource.IdFor($"chapter-{i + 1:00}", ids), path, chapterTitle, [.. g, .. mine], ChapterKind.Numbered);
        }).ToList();
        if (chapters.Count > 0 && notes.Any(n => !cited.Contains(n.Label)))
            chapters[^1] = chapters[^1] with { Blocks = [.. chapters[^1].Blocks, .. notes.Where(n => !cited.Contains(n.Label))] };
        return (title, [new Part(null, chapters)]);
    }

    private static bool Cites(IReadOnlyList<Block> blocks, string label) =>
        Walk.Inlines(blocks).Any(i => i is FootnoteReference r && r.Label == label);
}
