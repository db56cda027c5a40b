using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Loading;

/// <summary>
/// Finds the file behind every image, checks that it is inside the book and really an image, and
/// adds it to the book's resources once. Remote images are never fetched: there may be no network,
/// and a build must not depend on one.
/// </summary>
internal static partial class ResourceCollector
{
    public static Book Collect(Book book, BookFiles files, DiagnosticSink sink)
    {
        var resources = new Dictionary<string, Resource?>(StringComparer.Ordinal);
        var result = Rewrite.Inlines(book, (inline, chapter) =>
            inline is Image image ? image with { ResourceHref = Find(image.Url, chapter.SourcePath, image.Source) } : inline);

        string? cover = null;
        if (book.Metadata.Cover is { } configured)
            cover = Find(configured, "", new SourceSpan("book.yml", 0, 0));

        return result with
        {
            Resources = [.. resources.Values.OfType<Resource>().OrderBy(r => r.Href, StringComparer.Ordinal)],
            Metadata = result.Metadata with { Cover = cover },
        };

        string? Find(string url, string from, SourceSpan source)
        {
            if (RemoteUrl().IsMatch(url))
            {
                sink.Report(Codes.ImageRemote, $"remote image '{url}' is not downloaded; its alt text is shown instead", source,
                    "Download it into the book folder and link the local file.");
                return null;
            }
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                sink.Report(Codes.ImageNotAnImage, "inline data: images are not supported; its alt text is shown instead", source);
                return null;
            }
            var clean = url.Split('#', '?')[0];
            var path = files.Resolve(from, clean);
            if (path is null)
            {
                sink.Report(Codes.OutsideBook, $"image '{url}' is outside the book and was not read", source, "Keep every image inside the book folder.");
                return null;
            }
            if (resources.TryGetValue(path, out var known)) return known?.Href;
            var resource = Load(path, url, source);
            resources[path] = resource;
            return resource?.Href;
        }

        Resource? Load(string path, string url, SourceSpan source)
        {
            var data = files.ReadBytes(path, sink, source);
            if (data is null)
            {
                if (files.IsPresent(path) || !files.IsInside(path)) return null;
                sink.Report(Codes.ImageMissing, $"image '{url}' not found", source, "Check the path; it is relative to the Markdown file.");
                return null;
            }
            var mediaType = MediaTypes.Sniff(data);
            if (mediaType is null)
            {
                sink.Report(Codes.ImageNotAnImage, $"'{path}' is not an image (PNG, JPEG, GIF, WebP, BMP or SVG)", source,
                    "Replace it with the real image file; the alt text is shown instead.");
                return null;
            }
            if (MediaTypes.FromExtension(path) is { } claimed && claimed != mediaType)
                sink.Report(Codes.ImageMislabelled, $"'{path}' is named as {claimed} but is {mediaType}; it is stored as {mediaType}", source);
            return new Resource(path, mediaType, data);
        }
    }

    [GeneratedRegex("^(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteUrl();
}
