using IDocBook.Core.Model;
using IDocBook.Core.Threading;
using IDocBook.Core.Transforms;

namespace IDocBook.Epub;

/// <summary>
/// Decides which book resources go into the EPUB and under which names. Names are generated
/// (<c>images/img-001.png</c>) because source names carry spaces, CJK, <c>#</c> and <c>%</c>, which
/// would need escaping in every href; the extension comes from the sniffed media type.
/// </summary>
internal sealed class ResourceNames
{
    // EPUB 3.3 core image types: anything else would need a manifest fallback, so it is not stored.
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png", ["image/jpeg"] = "jpg", ["image/gif"] = "gif",
        ["image/svg+xml"] = "svg", ["image/webp"] = "webp",
    };

    private readonly Dictionary<string, StoredFile> _byHref = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _diagrams = new(StringComparer.Ordinal);
    private readonly List<StoredFile> _images = [];

    public IReadOnlyList<StoredFile> Images => _images;

    public StoredFile? Cover { get; }

    public ResourceNames(Book book, EpubOptions options)
    {
        // The cover is named first so that it is images/cover.* even when a chapter shows it too.
        if (book.Metadata.Cover is { } coverHref && book.FindResource(coverHref) is { } cover && IsStorable(cover))
            Cover = Store(cover, "cover", "cover-image");
        else if (options.CoverPng is { } png)
            _images.Add(Cover = new StoredFile("images/cover.png", "cover-image", "image/png", png));

        // Images are numbered in reading order; finding them is the slow part, so chapters are searched on every core.
        var resources = book.Resources.GroupBy(r => r.Href, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var shown = OrderedParallel.Select([.. book.Chapters], c => Walk.Inlines(c.Blocks).OfType<Image>().Select(i => i.ResourceHref).OfType<string>().ToList())
            .SelectMany(hrefs => hrefs);
        var number = 0;
        foreach (var href in shown)
        {
            if (_byHref.ContainsKey(href) || !resources.TryGetValue(href, out var resource) || !IsStorable(resource)) continue;
            var stem = $"img-{++number:000}";
            Store(resource, stem, stem);
        }

        // Drawn diagrams become SVG images, numbered in reading order; equal sources share one file.
        var diagrams = OrderedParallel.Select([.. book.Chapters], c => Walk.Blocks(c.Blocks).OfType<Diagram>().ToList()).SelectMany(d => d);
        foreach (var diagram in diagrams.DistinctBy(d => d.Code, StringComparer.Ordinal))
        {
            var stem = $"diagram-{_diagrams.Count + 1:000}";
            var file = new StoredFile($"images/{stem}.svg", stem, DiagramSvg.MediaType, DiagramSvg.Write(diagram));
            _diagrams[diagram.Code] = file;
            _images.Add(file);
        }
    }

    /// <summary>The SVG image a drawn diagram is stored as.</summary>
    public StoredFile Diagram(Diagram diagram) => _diagrams[diagram.Code];

    /// <summary>The stored file for an image's resource href, or null when the image is not stored.</summary>
    public StoredFile? Find(string? resourceHref) =>
        resourceHref is not null && _byHref.TryGetValue(resourceHref, out var file) ? file : null;

    private StoredFile Store(Resource resource, string stem, string id)
    {
        if (_byHref.TryGetValue(resource.Href, out var existing)) return existing;
        var file = new StoredFile($"images/{stem}.{Extensions[resource.MediaType]}", id, resource.MediaType.ToLowerInvariant(), resource.Data);
        _byHref[resource.Href] = file;
        _images.Add(file);
        return file;
    }

    private static bool IsStorable(Resource resource) => Extensions.ContainsKey(resource.MediaType) && resource.Data.Length > 0;
}
