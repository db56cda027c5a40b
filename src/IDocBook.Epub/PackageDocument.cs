using System.Globalization;
using System.Xml;

namespace IDocBook.Epub;

/// <summary><c>content.opf</c>: metadata (with accessibility), manifest and spine.</summary>
internal static class PackageDocument
{
    public const string Path = "content.opf";

    public static byte[] Write(EpubContext context, IReadOnlyList<StoredFile> manifest, IReadOnlyList<string> spine)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Xhtml.XhtmlDocument.IndentedSettings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("package", Ns.Opf);
            w.WriteAttributeString("version", "3.0");
            w.WriteAttributeString("unique-identifier", "book-id");
            w.WriteAttributeString("xml", "lang", null, context.Language);
            PackageMetadata.Write(w, context);

            w.WriteStartElement("manifest", Ns.Opf);
            foreach (var item in manifest)
            {
                w.WriteStartElement("item", Ns.Opf);
                w.WriteAttributeString("id", item.Id);
                w.WriteAttributeString("href", item.Path);
                w.WriteAttributeString("media-type", item.MediaType);
                if (Properties(context, item) is { } properties) w.WriteAttributeString("properties", properties);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteStartElement("spine", Ns.Opf);
            w.WriteAttributeString("toc", "ncx");
            foreach (var idref in spine)
            {
                w.WriteStartElement("itemref", Ns.Opf);
                w.WriteAttributeString("idref", idref);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string? Properties(EpubContext context, StoredFile item) =>
        item.Path == NavDocument.Path ? "nav"
        : ReferenceEquals(item, context.Resources.Cover) ? "cover-image"
        : null;

    /// <summary>The timestamp the OPF carries: the book's date, never the clock, so builds repeat.</summary>
    public static string Modified(EpubContext context) =>
        context.Book.Metadata.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
