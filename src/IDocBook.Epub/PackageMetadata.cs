using IDocBook.Core.Text;
using System.Globalization;
using System.Xml;
using IDocBook.Core.Model;

namespace IDocBook.Epub;

/// <summary>The OPF <c>&lt;metadata&gt;</c>: Dublin Core, modification date, cover and accessibility.</summary>
internal static class PackageMetadata
{
    public static void Write(XmlWriter w, EpubContext context)
    {
        var meta = context.Book.Metadata;
        w.WriteStartElement("metadata", Ns.Opf);
        w.WriteAttributeString("xmlns", "dc", null, Ns.Dc);
        Dc(w, "identifier", meta.Identifier, "book-id");
        Dc(w, "title", meta.Title, "title");
        Refine(w, "title", "title-type", "main");
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
        {
            Dc(w, "title", meta.Subtitle, "subtitle");
            Refine(w, "subtitle", "title-type", "subtitle");
        }
        Dc(w, "language", meta.Language);
        for (var i = 0; i < meta.Authors.Count; i++)
        {
            Dc(w, "creator", meta.Authors[i], $"creator-{i + 1}");
            Refine(w, $"creator-{i + 1}", "role", "aut", "marc:relators");
        }
        // The publication date as the author gave it (its own offset); dcterms:modified is in UTC.
        Dc(w, "date", meta.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(meta.Description)) Dc(w, "description", meta.Description);
        if (!string.IsNullOrWhiteSpace(meta.Publisher)) Dc(w, "publisher", meta.Publisher);
        if (!string.IsNullOrWhiteSpace(meta.Rights)) Dc(w, "rights", meta.Rights);
        foreach (var keyword in meta.Keywords.Where(k => !string.IsNullOrWhiteSpace(k))) Dc(w, "subject", keyword);
        // schema.org's CreativeWork version: the prefix is one EPUB 3 reserves, so readers and EPUBCheck know it.
        if (!string.IsNullOrWhiteSpace(meta.Version)) Meta(w, "schema:version", meta.Version);
        Meta(w, "dcterms:modified", PackageDocument.Modified(context));
        WriteAccessibility(w, context);
        if (context.Resources.Cover is { } cover)
        {
            // EPUB 2 readers (and Kindle conversion) find the cover through this, not the property.
            w.WriteStartElement("meta", Ns.Opf);
            w.WriteAttributeString("name", "cover");
            w.WriteAttributeString("content", cover.Id);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>
    /// The accessibility metadata (EPUB Accessibility 1.1, schema.org). What is claimed is what the
    /// book shows: images count as described only when none has placeholder alt text (see
    /// <see cref="AltText"/>), and only then does the book claim WCAG 2.1 AA; page numbers are
    /// claimed when the print edition's pages are marked.
    /// </summary>
    private static void WriteAccessibility(XmlWriter w, EpubContext context)
    {
        var meta = context.Book.Metadata;
        var images = ChapterImages(context).ToList();
        var described = images.All(i => AltText.Problem(i.Alt, i.Url) is null);
        var print = context.Options.PrintPages;
        Meta(w, "schema:accessMode", "textual");
        if (images.Count > 0) Meta(w, "schema:accessMode", "visual");
        Meta(w, "schema:accessModeSufficient", described ? "textual" : "textual,visual");
        var features = new List<string> { "structuralNavigation", "tableOfContents", "readingOrder" };
        if (images.Count > 0 && described) features.Add("alternativeText");
        if (print is not null) features.AddRange(["printPageNumbers", "pageNavigation"]);
        foreach (var feature in features) Meta(w, "schema:accessibilityFeature", feature);
        Meta(w, "schema:accessibilityHazard", "none");
        Meta(w, "schema:accessibilitySummary", described ? context.Labels.AccessibilitySummary : context.Labels.AccessibilitySummaryUndescribed);
        if (print is not null)
        {
            // The older way (EPUB 3.2) for reading systems that look for it, and the newer property.
            Dc(w, "source", print.Name, "print-edition");
            Refine(w, "print-edition", "source-of", "pagination");
        }
        if (!described) return;
        Meta(w, "dcterms:conformsTo", ConformsTo);
        if (meta.Certifier is { } certifier)
        {
            Meta(w, "a11y:certifiedBy", certifier.Name, "certifier");
            if (certifier.Credential is { } credential) Refine(w, "certifier", "a11y:certifierCredential", credential);
            if (certifier.Report is { } report && Uri.TryCreate(report, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                Link(w, "a11y:certifierReport", url.AbsoluteUri, "#certifier");
        }
    }

    /// <summary>EPUB Accessibility 1.1's conformance string for WCAG 2.1 level AA.</summary>
    public const string ConformsTo = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /// <summary>The images the chapters show as pictures (placeholders are text, so they do not count).</summary>
    private static IEnumerable<Image> ChapterImages(EpubContext context)
    {
        var found = new List<Image>();
        Core.Transforms.Rewrite.Inlines(context.Book, (inline, _) =>
        {
            if (inline is Image image && context.Resources.Find(image.ResourceHref) is not null) found.Add(image);
            return inline;
        });
        return found;
    }

    private static void Dc(XmlWriter w, string name, string? value, string? id = null)
    {
        w.WriteStartElement("dc", name, Ns.Dc);
        if (id is not null) w.WriteAttributeString("id", id);
        w.WriteString(XmlText.Clean(value));
        w.WriteEndElement();
    }

    private static void Meta(XmlWriter w, string property, string value, string? id = null)
    {
        w.WriteStartElement("meta", Ns.Opf);
        if (id is not null) w.WriteAttributeString("id", id);
        w.WriteAttributeString("property", property);
        w.WriteString(XmlText.Clean(value));
        w.WriteEndElement();
    }

    private static void Refine(XmlWriter w, string id, string property, string value, string? scheme = null)
    {
        w.WriteStartElement("meta", Ns.Opf);
        w.WriteAttributeString("refines", "#" + id);
        w.WriteAttributeString("property", property);
        if (scheme is not null) w.WriteAttributeString("scheme", scheme);
        w.WriteString(XmlText.Clean(value));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string refines)
    {
        w.WriteStartElement("link", Ns.Opf);
        w.WriteAttributeString("refines", refines);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", XmlText.Clean(href));
        w.WriteEndElement();
    }
}
