using IDocBook.Core.Text;
using System.Xml;
using IDocBook.Core.Model;

namespace IDocBook.Epub;

/// <summary>
/// <c>nav.xhtml</c>: the EPUB 3 table of contents (parts, chapters and their sections, nested as the
/// book is) and the landmarks. Every href goes through <see cref="EpubContext.Href"/>, so it exists.
/// </summary>
internal static class NavDocument
{
    public const string Path = "nav.xhtml";

    public static byte[] Write(EpubContext context, IReadOnlyList<TocPart> toc, bool hasCover)
    {
        var labels = context.Labels;
        return Xhtml.XhtmlDocument.Write(context.Language, labels.Contents, Stylesheet.Path, w =>
        {
            Start(w, "nav");
            w.WriteAttributeString("epub", "type", Ns.Epub, "toc");
            w.WriteAttributeString("id", "toc");
            w.WriteAttributeString("role", "doc-toc");
            w.WriteWhitespace("\n");
            Element(w, "h1", labels.Contents);
            Start(w, "ol");
            w.WriteWhitespace("\n");
            foreach (var part in toc.Where(p => p.Entries.Count > 0))
            {
                if (part.Title is null)
                {
                    foreach (var entry in part.Entries) WriteEntry(w, context, entry);
                    continue;
                }
                Start(w, "li");
                Element(w, "span", part.Title);
                WriteList(w, context, part.Entries);
                w.WriteEndElement();
                w.WriteWhitespace("\n");
            }
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            WriteLandmarks(w, context, hasCover);
        });
    }

    private static void WriteLandmarks(XmlWriter w, EpubContext context, bool hasCover)
    {
        Start(w, "nav");
        w.WriteAttributeString("epub", "type", Ns.Epub, "landmarks");
        w.WriteAttributeString("id", "landmarks");
        w.WriteAttributeString("hidden", "hidden");
        w.WriteWhitespace("\n");
        Element(w, "h2", context.Labels.Landmarks);
        Start(w, "ol");
        w.WriteWhitespace("\n");
        if (hasCover) Landmark(w, "cover", CoverPage.Path, context.Labels.Cover);
        Landmark(w, "toc", $"{Path}#toc", context.Labels.Contents);
        if (context.Chapters.Count > 0)
            Landmark(w, "bodymatter", EpubContext.ChapterPath(FirstBodyChapter(context).Id), context.Labels.BodyMatter);
        w.WriteEndElement();
        w.WriteWhitespace("\n");
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    // mdBook prefix chapters (preface, foreword) come before the body proper.
    private static Chapter FirstBodyChapter(EpubContext context) =>
        context.Chapters.FirstOrDefault(c => c.Kind != ChapterKind.Prefix) ?? context.Chapters[0];

    private static void Landmark(XmlWriter w, string type, string href, string label)
    {
        Start(w, "li");
        Start(w, "a");
        w.WriteAttributeString("epub", "type", Ns.Epub, type);
        w.WriteAttributeString("href", href);
        w.WriteString(label);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private static void WriteList(XmlWriter w, EpubContext context, IReadOnlyList<TocEntry> entries)
    {
        Start(w, "ol");
        w.WriteWhitespace("\n");
        foreach (var entry in entries) WriteEntry(w, context, entry);
        w.WriteEndElement();
    }

    private static void WriteEntry(XmlWriter w, EpubContext context, TocEntry entry)
    {
        var href = context.Href(entry.ChapterId, entry.Anchor, "");
        if (href is null) return;
        Start(w, "li");
        Start(w, "a");
        w.WriteAttributeString("href", href);
        w.WriteString(XmlText.Clean(Label(entry)));
        w.WriteEndElement();
        if (entry.Children.Count > 0) WriteList(w, context, entry.Children);
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    /// <summary>The entry's text with its number; never empty, because EPUBCheck rejects empty nav links.</summary>
    public static string Label(TocEntry entry)
    {
        var title = string.IsNullOrWhiteSpace(entry.Title) ? entry.Anchor ?? entry.ChapterId : entry.Title;
        return entry.Number is { Length: > 0 } n ? $"{n} {title}" : title;
    }

    private static void Start(XmlWriter w, string name) => w.WriteStartElement(name, Ns.Xhtml);

    private static void Element(XmlWriter w, string name, string text)
    {
        Start(w, name);
        w.WriteString(XmlText.Clean(text));
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }
}
