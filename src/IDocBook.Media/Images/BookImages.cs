using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Media.Images.Svg;

namespace IDocBook.Media.Images;

/// <summary>
/// Prepares the book's images for the writers, once for all outputs: rasters are proven whole,
/// bombs refused, huge ones downscaled, BMP and WebP turned into PNG, SVGs made inert. The
/// book's <see cref="Resource"/>s stay the one truth: a converted image replaces its resource
/// (same href, new bytes and type); a refused one is removed, and images that used it lose their
/// resource, so writers show the alt text as for any missing image.
/// </summary>
public static class BookImages
{
    public static Book Prepare(Book book, DiagnosticSink sink)
    {
        var firstUse = FirstUses(book);
        var prepared = new Resource?[book.Resources.Count];
        Parallel.For(0, book.Resources.Count, i =>
        {
            var resource = book.Resources[i];
            var at = firstUse.GetValueOrDefault(resource.Href) ?? new SourceSpan(resource.Href, 0, 0);
            prepared[i] = resource.MediaType == "image/svg+xml" ? Svg(resource, at, sink)
                : resource.MediaType.StartsWith("image/", StringComparison.Ordinal) ? Raster(resource, at, sink)
                : resource;
        });
        var kept = prepared.OfType<Resource>().ToList();
        var refused = book.Resources.Select(r => r.Href).Except(kept.Select(r => r.Href), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var result = refused.Count == 0 ? book : Rewrite.Inlines(book, (inline, _) =>
            inline is Image { ResourceHref: { } href } image && refused.Contains(href) ? image with { ResourceHref = null } : inline);
        return result with
        {
            Resources = kept,
            Metadata = book.Metadata.Cover is { } cover && refused.Contains(cover) ? result.Metadata with { Cover = null } : result.Metadata,
        };
    }

    private static Resource? Raster(Resource resource, SourceSpan at, DiagnosticSink sink)
    {
        var result = ImageConverter.Convert(resource.MediaType, resource.Data);
        if (result.Problem is { } problem)
        {
            sink.Report(problem == ImageProblem.TooLarge ? Codes.ImageTooLarge : Codes.ImageDamaged, $"Image '{resource.Href}' {result.Message}; its alt text is shown instead.", at,
                problem == ImageProblem.TooLarge ? "Scale the image down to at most 4096 pixels on its longest side." : "Replace the file with a complete copy of the image.");
            return null;
        }
        if (result.DownscaledFrom is { } from)
            sink.Report(Codes.ImageDownscaled, $"Image '{resource.Href}' ({from.Width}×{from.Height}) is stored at {result.Width}×{result.Height}.", at,
                "Scale it down yourself to choose how it is resampled, or leave it: readers see no difference.");
        return resource with { Data = result.Data!, MediaType = result.MediaType!, Width = result.Width, Height = result.Height };
    }

    private static Resource? Svg(Resource resource, SourceSpan at, DiagnosticSink sink)
    {
        var result = SvgSanitizer.Sanitize(resource.Data);
        if (result.OverBudget is { } over)
        {
            sink.Report(Codes.SvgOverBudget, $"SVG '{resource.Href}' {over}; a placeholder is shown instead.", at,
                "Simplify the drawing, or export it as a PNG.");
            return null;
        }
        if (result.Error is { } error)
        {
            sink.Report(Codes.ImageDamaged, $"Image '{resource.Href}' {error}; its alt text is shown instead.", at, "Replace the file with a well-formed SVG.");
            return null;
        }
        if (result.Removed.Count > 0)
            sink.Report(Codes.SvgSanitized, $"SVG '{resource.Href}' contained {string.Join(", ", result.Removed)}, which were removed.", at,
                "Images in a book cannot run scripts or load other files.");
        if (result.Invalid.Count > 0)
            sink.Report(Codes.SvgNotValid, $"SVG '{resource.Href}' had {string.Join(", ", result.Invalid)}, which SVG 1.1 does not allow there and were removed.", at,
                "Keep to SVG 1.1, which EPUB readers expect.");
        return resource with { Data = result.Data! };
    }

    private static Dictionary<string, SourceSpan> FirstUses(Book book)
    {
        var uses = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var chapter in book.Chapters)
            foreach (var image in Walk.Inlines(chapter.Blocks).OfType<Image>())
                if (image.ResourceHref is { } href) uses.TryAdd(href, image.Source);
        return uses;
    }
}
