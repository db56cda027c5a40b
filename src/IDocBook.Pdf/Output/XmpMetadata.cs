using System.Globalization;
using System.Text;
using System.Xml;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The document's XMP metadata packet: the same title, author, subject, keywords, tools and dates
/// as the Info dictionary (PDF/A asks them to agree), and the standards the file claims: PDF/UA-1
/// (<c>pdfuaid:part</c>) and, when asked for, PDF/A-2u with the extension schema PDF/A wants for the
/// PDF/UA property.
/// </summary>
internal static class XmpMetadata
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private const string PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private const string PdfAExtension = "http://www.aiim.org/pdfa/ns/extension/";
    private const string PdfASchema = "http://www.aiim.org/pdfa/ns/schema#";
    private const string PdfAProperty = "http://www.aiim.org/pdfa/ns/property#";

    public static byte[] Write(PdfInfo info, string producer, PdfStandards standards)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n" };
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            w.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            w.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            w.WriteStartElement("rdf", "RDF", Rdf);
            w.WriteStartElement("rdf", "Description", Rdf);
            w.WriteAttributeString("rdf", "about", Rdf, "");
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "xmp", null, Xmp);
            w.WriteAttributeString("xmlns", "pdf", null, Pdf);
            if (standards.HasFlag(PdfStandards.Ua1)) w.WriteAttributeString("xmlns", "pdfuaid", null, PdfUaId);
            if (standards.HasFlag(PdfStandards.A2u)) w.WriteAttributeString("xmlns", "pdfaid", null, PdfAId);

            w.WriteElementString("format", Dc, "application/pdf");
            Alt(w, "title", info.Title);
            if (info.Author.Length > 0) Seq(w, "creator", info.Author);
            if (info.Subject.Length > 0) Alt(w, "description", info.Subject);
            if (info.Language.Length > 0)
            {
                w.WriteStartElement("language", Dc);
                w.WriteStartElement("rdf", "Bag", Rdf);
                w.WriteElementString("rdf", "li", Rdf, info.Language);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            var date = info.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            w.WriteElementString("CreateDate", Xmp, date);
            w.WriteElementString("ModifyDate", Xmp, date);
            w.WriteElementString("MetadataDate", Xmp, date);
            if (info.Creator.Length > 0) w.WriteElementString("CreatorTool", Xmp, info.Creator);
            w.WriteElementString("Producer", Pdf, producer);
            if (info.Keywords.Length > 0) w.WriteElementString("Keywords", Pdf, info.Keywords);
            if (standards.HasFlag(PdfStandards.Ua1)) w.WriteElementString("part", PdfUaId, "1");
            if (standards.HasFlag(PdfStandards.A2u))
            {
                w.WriteElementString("part", PdfAId, "2");
                w.WriteElementString("conformance", PdfAId, "U");
                if (standards.HasFlag(PdfStandards.Ua1)) UaExtensionSchema(w);
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteProcessingInstruction("xpacket", "end=\"w\"");
        }
        return Encoding.UTF8.GetBytes(text.ToString().ReplaceLineEndings("\n"));
    }

    // PDF/A admits properties outside its own schemas only when the file describes them.
    private static void UaExtensionSchema(XmlWriter w)
    {
        w.WriteStartElement("pdfaExtension", "schemas", PdfAExtension);
        w.WriteStartElement("rdf", "Bag", Rdf);
        w.WriteStartElement("rdf", "li", Rdf);
        w.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        w.WriteElementString("pdfaSchema", "schema", PdfASchema, "PDF/UA Universal Accessibility Schema");
        w.WriteElementString("pdfaSchema", "namespaceURI", PdfASchema, PdfUaId);
        w.WriteElementString("pdfaSchema", "prefix", PdfASchema, "pdfuaid");
        w.WriteStartElement("pdfaSchema", "property", PdfASchema);
        w.WriteStartElement("rdf", "Seq", Rdf);
        w.WriteStartElement("rdf", "li", Rdf);
        w.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        w.WriteElementString("pdfaProperty", "name", PdfAProperty, "part");
        w.WriteElementString("pdfaProperty", "valueType", PdfAProperty, "Integer");
        w.WriteElementString("pdfaProperty", "category", PdfAProperty, "internal");
        w.WriteElementString("pdfaProperty", "description", PdfAProperty, "Indicates, which part of ISO 14289 standard is followed");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Alt(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Dc);
        w.WriteStartElement("rdf", "Alt", Rdf);
        w.WriteStartElement("rdf", "li", Rdf);
        w.WriteAttributeString("xml", "lang", null, "x-default");
        w.WriteString(value);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Seq(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Dc);
        w.WriteStartElement("rdf", "Seq", Rdf);
        w.WriteElementString("rdf", "li", Rdf, value);
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
