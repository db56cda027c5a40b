using System.Text;
using System.Xml;

namespace IDocBook.Pdf.Layout;

/// <summary>The text an SVG shows, so its characters get into the font subsets.</summary>
internal static class SvgText
{
    public static string Of(byte[] svg)
    {
        var text = new StringBuilder();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            while (reader.Read())
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) text.Append(reader.Value);
        }
        catch (XmlException)
        {
            // A broken SVG is reported when it is drawn; its text simply adds no characters.
        }
        return text.ToString();
    }
}
