using System.Globalization;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Keeps only some chapters of a finished book, for a handout (<c>--chapters 2-3,5</c>). Runs after
/// numbering, so the kept chapters keep the book's numbers; links into chapters left out become
/// their text; the subtitle says which chapters, so the title page and cover do.
/// </summary>
/// <remarks>
/// An entry is a position in reading order (1-based: the n-th file the summary lists, the
/// introduction and sub-chapters counted), a range of positions, or a chapter's file name or
/// book-relative path. A chosen chapter brings its sub-chapters; a sub-chapter chosen without its
/// parent takes the parent's place.
/// </remarks>
public static class ChapterSelection
{
    /// <returns>The book with the chosen chapters, or null when the list names something the book does not have (reported).</returns>
    public static Book? Apply(Book book, string list, DiagnosticSink sink)
    {
        var chapters = book.Chapters.ToList();
        var chosen = Parse(list, chapters, sink);
        if (chosen is null) return null;

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in chosen)
            foreach (var c in chapters[index].SelfAndDescendants()) kept.Add(c.Id);

        var parts = book.Parts
            .Select(p => p with { Chapters = [.. p.Chapters.SelectMany(c => Keep(c, kept))] })
            .Where(p => p.Chapters.Count > 0).ToList();
        var cut = 0;
        var selected = Rewrite.Inlines(book with { Parts = parts }, (inline, _) =>
        {
            if (inline is not Link { Target: InternalTarget target } link || kept.Contains(target.ChapterId)) return inline;
            cut++;
            return new Span(Attributes.Empty, link.Content, link.Source);
        });

        var positions = Ranges(chosen.Select(i => i + 1));
        var labels = Labels.For(book.Metadata.Language);
        var which = string.Format(CultureInfo.InvariantCulture, chosen.Count == 1 ? labels.ChapterFormat : labels.ChaptersFormat, positions);
        var titles = string.Join(", ", chosen.Select(i => chapters[i].Title));
        sink.Report(Codes.ChapterSelection, $"--chapters keeps {which}: {titles}.", null, "Leave out --chapters to build the whole book.");
        if (cut > 0)
            sink.Report(Codes.ChapterSelection, $"{cut} link{(cut == 1 ? "" : "s")} into chapters left out by --chapters {(cut == 1 ? "is" : "are")} shown as plain text.", null,
                "Add the chapters they lead to, to keep the links.");

        var used = Walk.Inlines(selected.Chapters.SelectMany(c => c.Blocks)).OfType<Image>()
            .Select(i => i.ResourceHref).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (selected.Metadata.Cover is { } cover) used.Add(cover);
        var meta = selected.Metadata;
        return selected with
        {
            Resources = [.. selected.Resources.Where(r => used.Contains(r.Href))],
            Metadata = meta with { Subtitle = meta.Subtitle is { Length: > 0 } s ? $"{s} · {which}" : which },
        };
    }

    private static IEnumerable<Chapter> Keep(Chapter chapter, HashSet<string> kept)
    {
        var children = chapter.Children.SelectMany(c => Keep(c, kept)).ToList();
        return kept.Contains(chapter.Id) ? [chapter with { Children = children }] : children;
    }

    // Indices into reading order, sorted and distinct; null when an entry names nothing.
    private static SortedSet<int>? Parse(string list, List<Chapter> chapters, DiagnosticSink sink)
    {
        var chosen = new SortedSet<int>();
        var valid = true;
        foreach (var entry in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Range(entry) is var (from, to))
            {
                if (from < 1 || to > chapters.Count || from > to)
                {
                    valid = false;
                    sink.Report(Codes.ChapterSelectionInvalid, $"--chapters '{entry}' is not a range of chapters: the book has {chapters.Count}.", null,
                        $"Give positions from 1 to {chapters.Count}, such as 2-3,5, or file names.");
                    continue;
                }
                for (var i = from; i <= to; i++) chosen.Add(i - 1);
                continue;
            }
            var matches = chapters.Select((c, i) => (c, i)).Where(x => Names(x.c.SourcePath, entry)).Select(x => x.i).ToList();
            if (matches.Count == 1)
            {
                chosen.Add(matches[0]);
                continue;
            }
            valid = false;
            sink.Report(Codes.ChapterSelectionInvalid, matches.Count == 0
                    ? $"--chapters '{entry}' is neither a position nor a chapter file of the book."
                    : $"--chapters '{entry}' names {matches.Count} chapter files: {string.Join(", ", matches.Select(i => chapters[i].SourcePath))}.",
                null, "Give the file's path inside the book, or its position.");
        }
        if (valid && chosen.Count == 0)
        {
            valid = false;
            sink.Report(Codes.ChapterSelectionInvalid, "--chapters names no chapter.", null, "Give positions such as 2-3,5, or file names.");
        }
        return valid ? chosen : null;
    }

    private static (int From, int To)? Range(string entry)
    {
        var dash = entry.IndexOf('-', 1);
        var (a, b) = dash < 0 ? (entry, entry) : (entry[..dash], entry[(dash + 1)..]);
        return int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var to) ? (from, to) : null;
    }

    private static bool Names(string sourcePath, string entry)
    {
        var wanted = entry.Replace('\\', '/').TrimStart('.', '/');
        return sourcePath == wanted || sourcePath.EndsWith("/" + wanted, StringComparison.Ordinal);
    }

    // 2, 3, 4, 7 → "2–4, 7"
    private static string Ranges(IEnumerable<int> numbers)
    {
        var runs = new List<string>();
        int? start = null, end = null;
        foreach (var n in numbers)
        {
            if (end == n - 1) { end = n; continue; }
            if (start is not null) runs.Add(Run(start.Value, end!.Value));
            start = end = n;
        }
        if (start is not null) runs.Add(Run(start.Value, end!.Value));
        return string.Join(", ", runs);

        static string Run(int a, int b) => a == b ? a.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{a}–{b}");
    }
}
