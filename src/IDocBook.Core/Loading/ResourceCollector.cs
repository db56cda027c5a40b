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
            cover = Find(configured, "", book.Metadata.Places.GetValueOrDefault("cover"));

        return result with
        {
            Resources = [.. resources.Values.OfType<Resource>().OrderBy(r => r.Href, StringComparer.Ordinal)],
            Metadata = result.Metadata with { Cover = cover },
        };

        // source: the image's place, or the config's cover setting (null for GitBook's cover.jpg or -M cover=…).
        string? Find(string url, string from, SourceSpan? source)
        {
            if (RemoteUrl().IsMatch(url))
            {
                sink.Report(Codes.ImageRemote, $"Remote image '{url}' is not downloaded; its alt text is shown instead.", source,
                    "Download it into the book folder and link the local file.");
                return null;
            }
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                sink.Report(Codes.ImageNotAnImage, "Inline data: images are not supported; the alt text is shown instead.", source, "Save the image as a file in the book folder and link that file.");
                return null;
            }
            var clean = url.Split('#', '?')[0];
            var path = files.Resolve(from, clean);
            if (path is null)
            {
                sink.Report(Codes.OutsideBook, $"Image '{url}' is outside the book and was not read.", source, "Keep every image inside the book folder.");
                return null;
            }
            if (resources.TryGetValue(path, out var known)) return known?.Href;
            var resource = Load(path, url, source, from.Length == 0 ? "the book folder" : "the Markdown file");
            resources[path] = resource;
            return resource?.Href;
        }

        Resource? Load(string path, string url, SourceSpan? source, string relativeTo)
        {
            var data = files.ReadBytes(path, sink, source);
            if (data is null)
            {
                if (files.IsPresent(path) || !files.IsInside(path)) return null;
                sink.Report(Codes.ImageMissing, $"Image '{url}' does not exist.", source, $"Check the path, which is relative to {relativeTo}.");
                return null;
            }
            var mediaType = MediaTypes.Sniff(data);
            if (mediaType is null)
            {
                sink.Report(Codes.ImageNotAnImage, $"'{path}' is not an image (PNG, JPEG, GIF, WebP, BMP or SVG); the alt text is shown instead.", source,
                    "Replace it with the real image file.");
                return null;
            }
            if (MediaTypes.FromExtension(path) is { } claimed && claimed != mediaType)
                sink.Report(Codes.ImageMislabelled, $"'{path}' is named as {claimed} but is {mediaType}; it is stored as {mediaType}.", source,
                    "Rename the file to match its format, so other tools read it right too.");
            return new Resource(path, mediaType, data);
        }
    }

    [GeneratedRegex("^(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteUrl();
}
