using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Resolves every link once, for both writers: links between chapter files
/// (<c>../install/README.md#安装</c>, mdBook's <c>foo.html</c>) become chapter + anchor;
/// URLs with a scheme stay external; anything else is reported with its place.
/// </summary>
public static partial class LinkResolver
{
    public static Book Resolve(Book book, AnchorIndex anchors, BookFiles files, DiagnosticSink sink)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in book.Chapters)
            if (chapter.SourcePath.Length > 0) byPath.TryAdd(chapter.SourcePath, chapter.Id);

        return Rewrite.Inlines(book, (inline, chapter) =>
            inline is Link { Target: UnresolvedTarget raw } link ? link with { Target = Target(raw.Href, link.Source, chapter) } : inline);

        LinkTarget Target(string href, SourceSpan source, Chapter chapter)
        {
            if (href.Length == 0)
            {
                sink.Report(Codes.LinkTargetMissing, "The link has no target.", source, "Give the link a URL or a chapter file.");
                return new BrokenTarget(href);
            }
            if (Scheme().IsMatch(href))
            {
                if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
                {
                    sink.Report(Codes.UnsafeHtmlDropped, "Script links are not allowed; the link is shown as text.", source, "Link to a page or a chapter instead.");
                    return new BrokenTarget(href);
                }
                if (ExternalUrl.Normalize(href) is { } url) return new ExternalTarget(url);
                sink.Report(Codes.UrlInvalid, $"'{href}' is not a valid URL; the link text is kept without the link.", source,
                    "Fix the URL (an IPv6 host is written in brackets: http://[2001:db8::1]/).");
                return new BrokenTarget(href);
            }
            var hash = href.IndexOf('#');
            var path = StripQuery(hash < 0 ? href : href[..hash]);
            var fragment = hash < 0 ? null : href[(hash + 1)..];
            var chapterId = chapter.Id;
            if (path.Length > 0)
            {
                var resolved = files.Resolve(chapter.SourcePath, path);
                var found = resolved is null ? null : Candidates(resolved).Select(p => byPath.GetValueOrDefault(p)).FirstOrDefault(id => id is not null);
                if (found is null)
                {
                    var why = resolved is not null && files.Exists(resolved) ? "is not a chapter of the book" : "does not exist";
                    sink.Report(Codes.LinkTargetMissing, $"Link target '{path}' {why}.", source, "Correct the path, or add the file to SUMMARY.md.");
                    return new BrokenTarget(href);
                }
                chapterId = found;
            }
            if (string.IsNullOrEmpty(fragment)) return new InternalTarget(chapterId, null);
            var anchor = anchors.Find(chapterId, fragment);
            // A single-file book is split into chapters that share one source file.
            if (anchor is null && path.Length == 0)
                foreach (var sibling in book.Chapters.Where(c => c.SourcePath == chapter.SourcePath && c.Id != chapter.Id))
                    if (anchors.Find(sibling.Id, fragment) is { } found) return new InternalTarget(sibling.Id, found);
            if (anchor is null)
                sink.Report(Codes.AnchorMissing, $"Anchor '#{Uri.UnescapeDataString(fragment)}' does not exist in {(path.Length > 0 ? path : "this chapter")}; the link goes to the start of the chapter.", source,
                    "Correct the anchor: a heading's anchor is its text in lower case, with spaces as hyphens.");
            return new InternalTarget(chapterId, anchor);
        }
    }

    // mdBook books link to the rendered .html; folders stand for their README or index.
    private static IEnumerable<string> Candidates(string path)
    {
        yield return path;
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            var stem = path[..path.LastIndexOf('.')];
            yield return stem + ".md";
            if (stem.EndsWith("/index") || stem == "index") yield return stem[..^5] + "README.md";
        }
        var folder = path.Length == 0 ? "" : path.TrimEnd('/') + "/";
        yield return folder + "README.md";
        yield return folder + "readme.md";
        yield return folder + "index.md";
    }

    private static string StripQuery(string path) => path.IndexOf('?') is var q and >= 0 ? path[..q] : path;

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
