namespace IDocBook.Epub;

/// <summary><c>text/cover.xhtml</c>: the cover image alone on a page, first in the spine.</summary>
internal static class CoverPage
{
    public const string Path = "text/cover.xhtml";

    public static byte[] Write(EpubContext context, StoredFile cover) =>
        Xhtml.XhtmlDocument.Write(context.Language, context.Book.Metadata.Title, "../styles/book.css", w =>
        {
            w.WriteStartElement("section", Ns.Xhtml);
            w.WriteAttributeString("class", "cover");
            w.WriteWhitespace("\n");
            // The print edition's title page is this page's counterpart.
            foreach (var label in TitlePages(context))
            {
                w.WriteStartElement("span", Ns.Xhtml);
                w.WriteAttributeString("epub", "type", Ns.Epub, "pagebreak");
                w.WriteAttributeString("role", "doc-pagebreak");
                w.WriteAttributeString("id", NavDocument.MarkId(label));
                w.WriteAttributeString("aria-label", label);
                w.WriteEndElement();
            }
            w.WriteStartElement("img", Ns.Xhtml);
            w.WriteAttributeString("src", "../" + cover.Path);
            w.WriteAttributeString("alt", XmlText.Clean(context.Book.Metadata.Title));
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }, "cover");

    public static IEnumerable<string> TitlePages(EpubContext context) =>
        context.Options.PrintPages?.Pages.Where(p => p.Start is Core.Model.TitlePagePosition).Select(p => p.Label) ?? [];
}
