using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace IDocBook.Media.Images;

/// <summary>
/// Makes an SVG inert before it goes into a book: scripts, <c>foreignObject</c> (HTML inside the
/// image), event attributes and references to anything outside the file (links, external images
/// and stylesheets, which a reader might fetch) are removed. The DTD is ignored, so entity tricks
/// (billion laughs, external entities) cannot expand or read files. An SVG with nothing to remove
/// keeps its exact bytes.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "foreignObject", "iframe", "object", "embed", "handler", "listener" };

    /// <returns>The bytes to store and what was removed, or an error when the file is not well-formed SVG.</returns>
    public static (byte[]? Data, IReadOnlyList<string> Removed, string? Error) Sanitize(byte[] data)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 64L << 20 };
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return (null, [], $"is not well-formed SVG: {e.Message}");
        }
        if (document.Root is not { Name.LocalName: "svg" }) return (null, [], "is not an SVG image (its root element is not <svg>)");

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Root.DescendantsAndSelf().ToList())
        {
            if (Dropped.Contains(element.Name.LocalName) || (element.Name.LocalName == "style" && ExternalUrl().IsMatch(element.Value)))
            {
                removed.Add($"<{element.Name.LocalName}>");
                element.Remove();
                continue;
            }
            foreach (var attribute in element.Attributes().ToList())
            {
                var name = attribute.Name.LocalName;
                var external = name == "href" && !IsLocal(attribute.Value) || ExternalUrl().IsMatch(attribute.Value) && !attribute.IsNamespaceDeclaration;
                if (!name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && !external) continue;
                removed.Add(external ? "external references" : $"{name} attributes");
                attribute.Remove();
            }
        }
        if (removed.Count == 0) return (data, [], null);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            document.Save(writer);
        return (output.ToArray(), [.. removed], null);
    }

    // A fragment in the same file, or an image carried inside it.
    private static bool IsLocal(string href)
    {
        var value = href.Trim();
        return value.StartsWith('#') || value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"url\(\s*['""]?\s*(?!#|data:image/)[^)\s]|@import", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
