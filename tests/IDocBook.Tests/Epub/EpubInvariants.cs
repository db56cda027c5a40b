using System.Xml;
using System.Xml.Linq;
using Shouldly;

namespace IDocBook.Tests.Epub;

/// <summary>What every EPUB we write must satisfy, whatever the book: used by the sample and the real books.</summary>
internal static class EpubInvariants
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";

    public static IEnumerable<XElement> Manifest(EpubPackage epub) =>
        XDocument.Parse(epub.Text("OEBPS/content.opf")).Descendants(Opf + "item");

    public static IEnumerable<string> XhtmlFiles(EpubPackage epub) =>
        Manifest(epub).Where(i => (string?)i.Attribute("media-type") == "application/xhtml+xml").Select(i => "OEBPS/" + (string)i.Attribute("href")!);

    public static void ManifestIsComplete(EpubPackage epub)
    {
        var hrefs = Manifest(epub).Select(i => "OEBPS/" + (string)i.Attribute("href")!).ToList();
        foreach (var href in hrefs) epub.Contains(href).ShouldBeTrue($"manifest item {href} is missing from the zip");
        var packageFiles = new[] { "mimetype", "META-INF/container.xml", "OEBPS/content.opf" };
        epub.EntryNames.Except(packageFiles).ShouldBe(hrefs, ignoreOrder: true);
        epub.EntryNames.ShouldBeUnique();
    }

    public static void XhtmlIsWellFormed(EpubPackage epub)
    {
        foreach (var name in XhtmlFiles(epub))
        {
            using var reader = XmlReader.Create(new MemoryStream(epub.Data(name)), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            Should.NotThrow(() => { while (reader.Read()) { } }, $"{name} is not well-formed");
            epub.Text(name).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html ");
        }
    }

    /// <returns>How many internal links were checked, so callers can tell the check saw something.</returns>
    public static int EveryLinkResolves(EpubPackage epub)
    {
        var checkedLinks = 0;
        foreach (var name in XhtmlFiles(epub).Append("OEBPS/toc.ncx"))
        {
            var doc = XDocument.Parse(epub.Text(name));
            foreach (var link in doc.Descendants().SelectMany(e => e.Attributes().Where(a => a.Name.LocalName is "href" or "src")))
            {
                // Links with a scheme (https:, mailto:) leave the book; everything else must land inside it.
                if (System.Text.RegularExpressions.Regex.IsMatch(link.Value, "^[a-zA-Z][a-zA-Z0-9+.-]*:")) continue;
                var target = new Uri(new Uri("http://epub/" + name), link.Value);
                var file = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
                epub.Contains(file).ShouldBeTrue($"{name}: {link.Value} → {file} does not exist");
                if (target.Fragment.Length > 1)
                {
                    var id = Uri.UnescapeDataString(target.Fragment[1..]);
                    XDocument.Parse(epub.Text(file)).Descendants().Any(e => (string?)e.Attribute("id") == id)
                        .ShouldBeTrue($"{name}: {link.Value} → no id '{id}' in {file}");
                }
                checkedLinks++;
            }
        }
        return checkedLinks;
    }
}
