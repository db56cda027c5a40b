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
            w.WriteStartElement("img", Ns.Xhtml);
            w.WriteAttributeString("src", "../" + cover.Path);
            w.WriteAttributeString("alt", XmlText.Clean(context.Book.Metadata.Title));
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }, "cover");
}
