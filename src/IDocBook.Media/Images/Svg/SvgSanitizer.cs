using System.Text;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace IDocBook.Media.Images.Svg;

/// <summary>
/// Makes an SVG from a book inert, valid and bounded, once, for both writers. Removed: scripts,
/// <c>foreignObject</c> and other embedded documents, event attributes, processing instructions
/// (<c>xml-stylesheet</c> loads CSS), every DOCTYPE (its DTD is never read and its entities never
/// expanded, and EPUBCheck refuses it), and every reference to anything outside the file, in
/// attributes, in CSS (read by a real parser, so escapes hide nothing) and in SVGs embedded as data
/// URIs, which are sanitized the same way, recursively. Elements and attributes the SVG 1.1 schema
/// forbids where they stand are removed too, so the EPUB stays valid. Every expansion has a
/// budget: elements, nesting, what <c>&lt;use&gt;</c> and references multiply, nested SVGs and the
/// pixels of embedded images (the book-image limits of <see cref="ImageLimits"/>, downscaled past
/// <see cref="ImageLimits.MaxSide"/>); an SVG over it is refused, to be shown as a placeholder.
/// An SVG with nothing to change keeps its exact bytes.
/// </summary>
public static class SvgSanitizer
{
    public const int MaxElements = 50_000;
    public const int MaxDepth = 100;
    public const int MaxExpanded = 250_000;
    public const int MaxNestedSvgs = 4;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace XInclude = "http://www.w3.org/2001/XInclude";

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "object", "embed", "handler", "listener", "audio", "video", "canvas",
    };

    private static readonly string[] RasterTypes = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"];

    public static SvgResult Sanitize(byte[] data) => Sanitize(data, new Spent(), 0);

    /// <summary>What all the SVGs nested in one image have used of the budget together.</summary>
    internal sealed class Spent
    {
        public int Elements;
        public long Pixels;
    }

    private static XmlReaderSettings Settings() =>
        new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 64L << 20 };

    private static SvgResult Sanitize(byte[] data, Spent spent, int level)
    {
        if (Measure(data, spent) is { } measured) return measured;
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), Settings());
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return SvgResult.Refused($"is not well-formed SVG: {e.Message.TrimEnd('.')}");
        }
        if (document.Root is not { Name.LocalName: "svg" } root) return SvgResult.Refused("is not an SVG image (its root element is not <svg>)");

        var work = new Work(spent, level);
        // The reader skips an ignored DOCTYPE without a trace, so the bytes tell whether one was there.
        if (document.DocumentType is { } doctype) doctype.Remove();
        work.Changed = data.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0 || data is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        foreach (var instruction in document.Nodes().OfType<XProcessingInstruction>().ToList())
        {
            if (instruction.Target.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase)) work.Removed.Add("external style sheets");
            instruction.Remove();
            work.Changed = true;
        }
        foreach (var instruction in root.DescendantNodes().OfType<XProcessingInstruction>().ToList()) { instruction.Remove(); work.Changed = true; }

        foreach (var element in root.DescendantsAndSelf().ToList())
        {
            if (element.Document is null) continue; // inside something already removed
            if (work.TooLarge is not null) return SvgResult.TooLarge(work.TooLarge);
            if (Element(element, work)) Attributes(element, work);
        }
        if (work.TooLarge is not null) return SvgResult.TooLarge(work.TooLarge);
        var expanded = SvgExpansion.Count(root, work);
        if (expanded > MaxExpanded) return SvgResult.TooLarge($"expands to more than {MaxExpanded:N0} elements through <use> and references");
        if (!work.Changed) return new SvgResult(data, [], []);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            document.Save(writer);
        return new SvgResult(output.ToArray(), [.. work.Removed], [.. work.Invalid]);
    }

    // Element count and depth from a streaming read, before any tree is built.
    private static SvgResult? Measure(byte[] data, Spent spent)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), Settings());
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth >= MaxDepth) return SvgResult.TooLarge($"nests elements more than {MaxDepth} levels deep");
                if (++spent.Elements > MaxElements) return SvgResult.TooLarge($"has more than {MaxElements:N0} elements");
            }
            return null;
        }
        catch (XmlException e)
        {
            return SvgResult.Refused($"is not well-formed SVG: {e.Message.TrimEnd('.')}");
        }
    }

    /// <summary>The state of one sanitizing pass.</summary>
    internal sealed class Work(Spent spent, int level)
    {
        public Spent Spent { get; } = spent;
        public int Level { get; } = level;
        public SortedSet<string> Removed { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Invalid { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
        public bool Changed { get; set; }
        public string? TooLarge { get; set; }
    }

    // False when the element was removed.
    private static bool Element(XElement element, Work work)
    {
        var name = element.Name.LocalName;
        if (Dropped.Contains(name) || element.Name.Namespace == XInclude)
            return Remove(element, work, work.Removed, $"<{name}>");
        if (element.Name.Namespace != Svg) return true;
        var parent = element.Parent;
        if (!SvgSchema.IsElement(name))
            return Remove(element, work, work.Invalid, $"<{name}>");
        if (parent is not null && parent.Name.Namespace == Svg && !SvgSchema.Allows(parent.Name.LocalName, name))
            return Remove(element, work, work.Invalid, $"<{name}> inside <{parent.Name.LocalName}>");
        if (name == "font" && !element.Elements(Svg + "missing-glyph").Any())
            return Remove(element, work, work.Invalid, "<font> without <missing-glyph>");
        if (name is "animate" or "set" or "animateColor" or "animateTransform" or "animateMotion"
            && ((string?)element.Attribute("attributeName") is { } animated && animated.EndsWith("href", StringComparison.OrdinalIgnoreCase)
                || element.Attributes().Any(a => a.Name.LocalName is "values" or "from" or "to" or "by" && SvgCss.ReachesOut(a.Value))))
            return Remove(element, work, work.Removed, "animated links");
        if (name == "style")
        {
            var css = SvgCss.Sheet(element.Value, out var removed);
            if (css is null) return Remove(element, work, work.Removed, removed ?? "empty styles");
            if (removed is not null)
            {
                element.ReplaceNodes(new XText(css));
                work.Removed.Add(removed);
                work.Changed = true;
            }
        }
        if (!SvgSchema.HoldsText(name))
        {
            foreach (var text in element.Nodes().OfType<XText>().Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList())
            {
                text.Remove();
                work.Invalid.Add($"text inside <{name}>");
                work.Changed = true;
            }
        }
        return true;
    }

    private static bool Remove(XElement element, Work work, SortedSet<string> list, string what)
    {
        element.Remove();
        list.Add(what);
        work.Changed = true;
        return false;
    }

    private static void Attributes(XElement element, Work work)
    {
        var isSvg = element.Name.Namespace == Svg;
        foreach (var attribute in element.Attributes().ToList())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var name = attribute.Name;
            var local = name.LocalName;
            string? replacement = attribute.Value;
            string? why = null;
            var list = work.Removed;
            if (name.Namespace == XNamespace.None && local.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                (replacement, why) = (null, $"{local} attributes");
            else if (local == "href" && (name.Namespace == XLink || name.Namespace == XNamespace.None))
                replacement = Href(element, attribute.Value, work, out why);
            else if (name.Namespace == XNamespace.None && local == "style")
            {
                replacement = SvgCss.Declarations(attribute.Value, out var removed);
                if (removed) why = "styles that load other files";
            }
            else if (SvgCss.ReachesOut(attribute.Value))
                (replacement, why) = (null, "external references");
            else if (isSvg && name.Namespace == XNamespace.None && !SvgSchema.AllowsAttribute(local, attribute.Value))
                (replacement, why, list) = (null, $"attribute {local}", work.Invalid);
            else if (local == "id" && name.Namespace == XNamespace.None && !work.Ids.Add(attribute.Value))
                (replacement, why, list) = (null, "duplicate ids", work.Invalid);
            if (why is not null) list.Add(why);
            if (replacement == attribute.Value) continue;
            work.Changed = true;
            if (replacement is null) attribute.Remove();
            else attribute.Value = replacement;
        }
    }

    // A link inside the file stays; an image carried in it is checked (and a nested SVG sanitized); nothing else may stay.
    private static string? Href(XElement element, string value, Work work, out string? why)
    {
        why = null;
        var href = value.Trim();
        if (href.StartsWith('#')) return value;
        why = "external references";
        if (!href.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || element.Name.LocalName is not ("image" or "feImage")) return null;
        var comma = href.IndexOf(',');
        if (comma < 0) return null;
        var header = href[5..comma].ToLowerInvariant();
        var mediaType = header.Split(';')[0].Trim();
        byte[] bytes;
        try
        {
            bytes = header.EndsWith(";base64", StringComparison.Ordinal)
                ? Convert.FromBase64String(href[(comma + 1)..])
                : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(href[(comma + 1)..]));
        }
        catch (FormatException)
        {
            why = "damaged embedded images";
            return null;
        }
        var spent = work.Spent;
        if (mediaType == "image/svg+xml")
        {
            if (work.Level + 1 > MaxNestedSvgs)
            {
                work.TooLarge = $"nests SVG images more than {MaxNestedSvgs} deep";
                return null;
            }
            var inner = Sanitize(bytes, spent, work.Level + 1);
            if (inner.OverBudget is { } over) { work.TooLarge = over; return null; }
            if (inner.Data is null) { why = "damaged embedded images"; return null; }
            foreach (var r in inner.Removed) work.Removed.Add(r);
            why = null;
            return inner.Data == bytes ? value : "data:image/svg+xml;base64," + Convert.ToBase64String(inner.Data);
        }
        if (!RasterTypes.Contains(mediaType)) return null;
        return Raster(bytes, value, spent, work, out why);
    }

    private static string? Raster(byte[] bytes, string value, Spent spent, Work work, out string? why)
    {
        why = "damaged embedded images";
        using (var codec = SKCodec.Create(new MemoryStream(bytes)))
        {
            if (codec is null) return null;
            var pixels = (long)codec.Info.Width * codec.Info.Height;
            spent.Pixels += pixels;
            if (pixels > ImageLimits.MaxPixels || spent.Pixels > ImageLimits.MaxPixels)
            {
                work.TooLarge = $"embeds images of {spent.Pixels / 1_000_000:N0} million pixels, more than the {ImageLimits.MaxPixels / 1_000_000} million a book image may have";
                return null;
            }
        }
        var mediaType = Core.Loading.MediaTypes.Sniff(bytes);
        if (mediaType is null) return null;
        var converted = ImageConverter.Convert(mediaType, bytes);
        if (converted.Data is null) return null;
        why = null;
        return converted.Data == bytes ? value : $"data:{converted.MediaType};base64," + Convert.ToBase64String(converted.Data);
    }
}
