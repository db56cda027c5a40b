using System.Text;
using System.Xml;

namespace IDocBook.Epub.Xhtml;

/// <summary>The frame every XHTML file shares: XML declaration, doctype, head, stylesheet, body.</summary>
internal static class XhtmlDocument
{
    /// <summary>UTF-8 without BOM and '\n' newlines; no automatic indentation, because whitespace added
    /// inside inline content or <c>&lt;pre&gt;</c> would show. Callers add newlines between blocks.</summary>
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Indent = false,
        CloseOutput = false,
    };

    /// <summary>For the package files (OPF, NCX), where indentation is only for people reading them.</summary>
    public static readonly XmlWriterSettings IndentedSettings = Indented();

    private static XmlWriterSettings Indented()
    {
        var settings = Settings.Clone();
        settings.Indent = true;
        settings.IndentChars = "  ";
        return settings;
    }

    public static byte[] Write(string language, string title, string cssHref, Action<XmlWriter> body, string? bodyType = null) =>
        ScratchStream.Collect(stream =>
        {
            using var w = XmlWriter.Create(stream, Settings);
            w.WriteStartDocument();
            w.WriteWhitespace("\n");
            // XmlWriter.WriteDocType writes "<!DOCTYPE html >"; the HTML form is a constant.
            w.WriteRaw("<!DOCTYPE html>");
            w.WriteWhitespace("\n");
            w.WriteStartElement("html", Ns.Xhtml);
            w.WriteAttributeString("xmlns", "epub", null, Ns.Epub);
            w.WriteAttributeString("lang", language);
            w.WriteAttributeString("xml", "lang", null, language);
            w.WriteWhitespace("\n");
            w.WriteStartElement("head");
            w.WriteWhitespace("\n");
            w.WriteStartElement("meta");
            w.WriteAttributeString("charset", "utf-8");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteElementString("title", XmlText.Clean(title));
            w.WriteWhitespace("\n");
            w.WriteStartElement("link");
            w.WriteAttributeString("rel", "stylesheet");
            w.WriteAttributeString("type", "text/css");
            w.WriteAttributeString("href", cssHref);
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteStartElement("body");
            if (bodyType is not null) w.WriteAttributeString("epub", "type", Ns.Epub, bodyType);
            w.WriteWhitespace("\n");
            body(w);
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        });
}
