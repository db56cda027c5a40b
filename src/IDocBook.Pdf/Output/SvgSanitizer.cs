using System.Xml;
using System.Xml.Linq;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Makes an SVG from a book safe to hand to Svg.Skia: no scripts, no foreign HTML, no DTD entities,
/// and no reference that leaves the file (http:, file:, another SVG), because the PDF must depend
/// only on the book's bytes and building a book must never touch the network or the disk.
/// </summary>
internal static class SvgSanitizer
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "foreignObject", "iframe", "handler" };

    /// <returns>The cleaned document, or null when the bytes are not well-formed XML.</returns>
    public static XDocument? Clean(byte[] svg)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        document.Descendants().Where(e => Dropped.Contains(e.Name.LocalName)).ToList().ForEach(e => e.Remove());
        foreach (var element in document.Descendants())
        {
            element.Attributes()
                .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || IsExternalReference(a))
                .ToList()
                .ForEach(a => a.Remove());
        }
        // CSS can reach out too (@import, url(http:…)); styles that do are dropped whole.
        document.Descendants().Where(e => e.Name.LocalName == "style" && ReachesOut(e.Value)).ToList().ForEach(e => e.Remove());
        foreach (var style in document.Descendants().Attributes("style").Where(a => ReachesOut(a.Value)).ToList())
        {
            style.Remove();
        }
        return document;
    }

    private static bool IsExternalReference(XAttribute attribute)
    {
        var isHref = attribute.Name.LocalName == "href" && (attribute.Name.Namespace == XLink || attribute.Name.Namespace == XNamespace.None);
        if (!isHref) return ReachesOut(attribute.Value);
        var value = attribute.Value.Trim();
        return !(value.StartsWith('#') || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    private static bool ReachesOut(string value) =>
        value.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || (value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !OnlyLocalUrls(value));

    private static bool OnlyLocalUrls(string value)
    {
        var at = 0;
        while ((at = value.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += 4;
            var rest = value[at..].TrimStart(' ', '\'', '"');
            if (!rest.StartsWith('#')) return false;
        }
        return true;
    }
}
