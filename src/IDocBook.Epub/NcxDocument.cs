using System.Globalization;
using System.Xml;
using IDocBook.Core.Model;

namespace IDocBook.Epub;

/// <summary>
/// <c>toc.ncx</c>, the EPUB 2 table of contents that older readers still use. A part has no file of
/// its own, so its navPoint points at its first chapter; play order counts distinct targets.
/// </summary>
internal static class NcxDocument
{
    public const string Path = "toc.ncx";

    public static byte[] Write(EpubContext context, IReadOnlyList<TocPart> toc)
    {
        var meta = context.Book.Metadata;
        var points = toc.Where(p => p.Entries.Count > 0)
            .SelectMany(p => p.Title is null ? p.Entries.Select(Point) : [new NavPoint(p.Title, p.Entries[0].ChapterId, null, [.. p.Entries.Select(Point)])])
            .ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        var count = 0;

        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Xhtml.XhtmlDocument.IndentedSettings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("ncx", Ns.Ncx);
            w.WriteAttributeString("version", "2005-1");
            w.WriteAttributeString("xml", "lang", null, meta.Language);
            w.WriteStartElement("head", Ns.Ncx);
            Meta(w, "dtb:uid", meta.Identifier);
            Meta(w, "dtb:depth", Math.Max(1, points.Count == 0 ? 1 : points.Max(Depth)).ToString(CultureInfo.InvariantCulture));
            Meta(w, "dtb:totalPageCount", "0");
            Meta(w, "dtb:maxPageNumber", "0");
            w.WriteEndElement();
            w.WriteStartElement("docTitle", Ns.Ncx);
            w.WriteElementString("text", Ns.Ncx, XmlText.Clean(meta.Title));
            w.WriteEndElement();
            w.WriteStartElement("navMap", Ns.Ncx);
            foreach (var point in points) WritePoint(w, point);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();

        void WritePoint(XmlWriter w, NavPoint point)
        {
            var src = context.Href(point.ChapterId, point.Anchor, "");
            if (src is null) return;
            if (!order.TryGetValue(src, out var playOrder)) order[src] = playOrder = ++next;
            w.WriteStartElement("navPoint", Ns.Ncx);
            w.WriteAttributeString("id", $"np-{++count}");
            w.WriteAttributeString("playOrder", playOrder.ToString(CultureInfo.InvariantCulture));
            w.WriteStartElement("navLabel", Ns.Ncx);
            w.WriteElementString("text", Ns.Ncx, XmlText.Clean(point.Label));
            w.WriteEndElement();
            w.WriteStartElement("content", Ns.Ncx);
            w.WriteAttributeString("src", src);
            w.WriteEndElement();
            foreach (var child in point.Children) WritePoint(w, child);
            w.WriteEndElement();
        }
    }

    private sealed record NavPoint(string Label, string ChapterId, string? Anchor, IReadOnlyList<NavPoint> Children);

    private static NavPoint Point(TocEntry e) => new(NavDocument.Label(e), e.ChapterId, e.Anchor, [.. e.Children.Select(Point)]);

    private static int Depth(NavPoint p) => 1 + (p.Children.Count == 0 ? 0 : p.Children.Max(Depth));

    private static void Meta(XmlWriter w, string name, string content)
    {
        w.WriteStartElement("meta", Ns.Ncx);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("content", XmlText.Clean(content));
        w.WriteEndElement();
    }
}
