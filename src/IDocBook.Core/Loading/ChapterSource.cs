using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Loading;

/// <summary>Reads one chapter file into a chapter: title, blocks with structural heading levels.</summary>
internal static class ChapterSource
{
    /// <summary>
    /// The title is the summary's, else <c>{{#title}}</c>, else the front matter's, else the first
    /// heading: a chapter listed in SUMMARY.md is named there, as in mdBook and GitBook.
    /// </summary>
    public static Chapter Read(string id, string path, string? summaryTitle, ExpandedText text, ChapterKind kind, DiagnosticSink sink)
    {
        var file = MarkdownReader.Read(text, path, sink);
        return Build(id, path, summaryTitle ?? text.Title ?? file.FrontMatter.GetValueOrDefault("title"), file.Blocks, kind);
    }

    public static Chapter Build(string id, string path, string? title, IReadOnlyList<Block> blocks, ChapterKind kind)
    {
        var normalized = HeadingStructure.Normalize(blocks);
        var firstHeading = normalized.OfType<Heading>().FirstOrDefault(h => h.Level == 1);
        var chosen = title ?? (firstHeading is null ? null : InlineText.Of(firstHeading.Content).Trim());
        if (string.IsNullOrWhiteSpace(chosen)) chosen = Path.GetFileNameWithoutExtension(path);
        return new Chapter(id, chosen, path, normalized, []) { Kind = kind };
    }

    /// <summary>A stable, XML-valid id from the file path: <c>install/README.md</c> → <c>install-README</c>.</summary>
    public static string IdFor(string path, HashSet<string> used)
    {
        var stem = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var id = string.Concat(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')).Trim('-');
        if (id.Length == 0) id = "chapter";
        else if (!char.IsAsciiLetter(id[0])) id = "ch-" + id;
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
