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

    /// <param name="pages">Where each page of the print edition is marked, by label (an href from OEBPS/), for the page-list; null without a print edition.</param>
    public static byte[] Write(EpubContext context, IReadOnlyList<TocPart> toc, bool hasCover, IReadOnlyDictionary<string, string>? pages = null)
    {
        var labels = context.Labels;
        var print = Print(context, hasCover);
        return Xhtml.XhtmlDocument.Write(context.Language, labels.Contents, Stylesheet.Path, w =>
        {
            // Pages of the printed contents are marked where the same entries begin here.
            foreach (var label in print.Heading) Mark(w, label);
            Start(w, "nav");
            w.WriteAttributeString("epub", "type", Ns.Epub, "toc");
            w.WriteAttributeString("id", "toc");
            w.WriteAttributeString("role", "doc-toc");
            w.WriteWhitespace("\n");
            Element(w, "h1", labels.Contents);
            Start(w, "ol");
            w.WriteWhitespace("\n");
            for (var index = 0; index < toc.Count; index++)
            {
                var part = toc[index];
                if (part.Entries.Count == 0) continue;
                if (part.Title is null)
                {
                    foreach (var entry in part.Entries) WriteEntry(w, context, entry, print);
                    continue;
                }
                Start(w, "li");
                Start(w, "span");
                if (print.Parts.TryGetValue(index, out var partPages)) foreach (var label in partPages) Mark(w, label);
                w.WriteString(XmlText.Clean(part.Title));
                EndLine(w);
                WriteList(w, context, part.Entries, print);
                EndLine(w);
            }
            EndLine(w);
            EndLine(w);
            WriteLandmarks(w, context, hasCover);
            if (pages is not null && context.Options.PrintPages is { } edition) WritePageList(w, context, edition, pages);
        });
    }

    /// <summary>The print edition's pages by label, in order, each linking to its mark (a reading system's "go to page").</summary>
    private static void WritePageList(XmlWriter w, EpubContext context, PrintEdition edition, IReadOnlyDictionary<string, string> pages)
    {
        Start(w, "nav");
        w.WriteAttributeString("epub", "type", Ns.Epub, "page-list");
        w.WriteAttributeString("id", "page-list");
        w.WriteAttributeString("role", "doc-pagelist");
        w.WriteAttributeString("hidden", "hidden");
        w.WriteWhitespace("\n");
        Element(w, "h2", context.Labels.PageList);
        Start(w, "ol");
        w.WriteWhitespace("\n");
        foreach (var page in edition.Pages)
        {
            if (!pages.TryGetValue(page.Label, out var href)) continue;
            Start(w, "li");
            Start(w, "a");
            w.WriteAttributeString("href", href);
            w.WriteString(page.Label);
            w.WriteEndElement();
            EndLine(w);
        }
        EndLine(w);
        EndLine(w);
    }

    /// <summary>The print edition's pages that begin in the printed contents (and the title page, when there is no cover page to mark it).</summary>
    private sealed record PrintMarks(List<string> Heading, Dictionary<int, List<string>> Parts, Dictionary<(string, string?), List<string>> Entries);

    private static PrintMarks Print(EpubContext context, bool hasCover)
    {
        var marks = new PrintMarks([], [], []);
        foreach (var page in context.Options.PrintPages?.Pages ?? [])
        {
            switch (page.Start)
            {
                case TitlePagePosition when !hasCover:
                case ContentsPosition { ChapterId: null, Part: null }:
                    marks.Heading.Add(page.Label);
                    break;
                case ContentsPosition { ChapterId: null, Part: { } part }:
                    Add(marks.Parts, part, page.Label);
                    break;
                case ContentsPosition { ChapterId: { } chapter } entry:
                    Add(marks.Entries, (chapter, entry.Anchor), page.Label);
                    break;
            }
        }
        return marks;

        static void Add<TKey>(Dictionary<TKey, List<string>> into, TKey key, string label) where TKey : notnull
        {
            if (!into.TryGetValue(key, out var list)) into[key] = list = [];
            list.Add(label);
        }
    }

    /// <summary>The id a page's mark gets in the nav document.</summary>
    public static string MarkId(string label) => "page-" + label;

    private static void Mark(XmlWriter w, string label)
    {
        Start(w, "span");
        w.WriteAttributeString("epub", "type", Ns.Epub, "pagebreak");
        w.WriteAttributeString("role", "doc-pagebreak");
        w.WriteAttributeString("id", MarkId(label));
        w.WriteAttributeString("aria-label", label);
        w.WriteEndElement();
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
        EndLine(w);
        EndLine(w);
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
        EndLine(w);
    }

    private static void WriteList(XmlWriter w, EpubContext context, IReadOnlyList<TocEntry> entries, PrintMarks print)
    {
        Start(w, "ol");
        w.WriteWhitespace("\n");
        foreach (var entry in entries) WriteEntry(w, context, entry, print);
        w.WriteEndElement();
    }

    private static void WriteEntry(XmlWriter w, EpubContext context, TocEntry entry, PrintMarks print)
    {
        var href = context.Href(entry.ChapterId, entry.Anchor, "");
        if (href is null) return;
        Start(w, "li");
        Start(w, "a");
        w.WriteAttributeString("href", href);
        // A list item holds its link first: a page of the printed contents that begins with this
        // entry is marked inside the link, before its text.
        if (print.Entries.TryGetValue((entry.ChapterId, entry.Anchor), out var pages)) foreach (var label in pages) Mark(w, label);
        w.WriteString(XmlText.Clean(Label(entry)));
        w.WriteEndElement();
        if (entry.Children.Count > 0) WriteList(w, context, entry.Children, print);
        EndLine(w);
    }

    /// <summary>The entry's text with its number; never empty, because EPUBCheck rejects empty nav links.</summary>
    public static string Label(TocEntry entry)
    {
        var title = string.IsNullOrWhiteSpace(entry.Title) ? entry.Anchor ?? entry.ChapterId : entry.Title;
        return entry.Number is { Length: > 0 } n ? $"{n} {title}" : title;
    }

    private static void Start(XmlWriter w, string name) => w.WriteStartElement(name, Ns.Xhtml);

    /// <summary>Closes the element and starts a new line, so the nav reads as a list in any editor.</summary>
    private static void EndLine(XmlWriter w)
    {
        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private static void Element(XmlWriter w, string name, string text)
    {
        Start(w, name);
        w.WriteString(XmlText.Clean(text));
        EndLine(w);
    }
}
