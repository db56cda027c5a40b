using System.Text;
using System.Xml.Linq;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Epub;

public sealed class GivenTheSampleBookAsEpub
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    private readonly EpubPackage _epub = EpubPackage.Sample();

    [Fact]
    public void ItStoresMimetypeFirstUncompressedWithoutExtraFields()
    {
        var bytes = _epub.Bytes;
        Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("PK\u0003\u0004");
        BitConverter.ToUInt16(bytes, 8).ShouldBe((ushort)0, "compression method of mimetype must be 0 (stored)");
        BitConverter.ToUInt16(bytes, 26).ShouldBe((ushort)8);
        BitConverter.ToUInt16(bytes, 28).ShouldBe((ushort)0, "mimetype must have no extra field");
        Encoding.ASCII.GetString(bytes, 30, 8).ShouldBe("mimetype");
        Encoding.ASCII.GetString(bytes, 38, 20).ShouldBe("application/epub+zip");
        _epub.EntryNames[0].ShouldBe("mimetype");
    }

    [Fact]
    public void ItWritesNoDataDescriptorsOrExtraFields()
    {
        var headers = ZipLocalHeaders.Read(_epub.Bytes);
        headers.Select(h => h.Name).ShouldBe(_epub.EntryNames);
        foreach (var h in headers)
        {
            (h.Flags & 0x0008).ShouldBe(0, $"{h.Name} has a data descriptor");
            h.ExtraLength.ShouldBe((ushort)0, $"{h.Name} has an extra field");
        }
    }

    [Fact]
    public void ItListsEveryFileInTheManifestAndNothingElse() => EpubInvariants.ManifestIsComplete(_epub);

    [Fact]
    public void ItNamesImagesSafelyFromTheirMediaType()
    {
        _epub.EntryNames.Where(n => n.StartsWith("OEBPS/images/", StringComparison.Ordinal))
            .ShouldBe(["OEBPS/images/cover.png", "OEBPS/images/img-001.png", "OEBPS/images/img-002.svg"]);
    }

    [Fact]
    public void ItWritesWellFormedXhtml() => EpubInvariants.XhtmlIsWellFormed(_epub);

    [Fact]
    public void EveryHrefAndSrcResolvesToAFileAndFragment() => EpubInvariants.EveryLinkResolves(_epub).ShouldBeGreaterThan(20);

    [Fact]
    public void ItKeepsCoverContentsAndChaptersInReadingOrder()
    {
        var opf = XDocument.Parse(_epub.Text("OEBPS/content.opf"));
        opf.Descendants(Opf + "itemref").Select(i => (string?)i.Attribute("idref"))
            .ShouldBe(["cover-page", "nav", "ch-preface", "ch-intro", "ch-intro-history", "ch-usage"]);
        Manifest().Single(i => (string?)i.Attribute("properties") == "cover-image").Attribute("href")!.Value.ShouldBe("images/cover.png");
        Manifest().Single(i => (string?)i.Attribute("properties") == "nav").Attribute("href")!.Value.ShouldBe("nav.xhtml");
    }

    [Fact]
    public void ItNumbersNcxPlayOrderByDistinctTarget()
    {
        var points = XDocument.Parse(_epub.Text("OEBPS/toc.ncx")).Descendants(Ncx + "navPoint")
            .Select(p => (Order: int.Parse((string)p.Attribute("playOrder")!), Src: (string)p.Element(Ncx + "content")!.Attribute("src")!)).ToList();
        points.GroupBy(p => p.Src).ShouldAllBe(g => g.Select(p => p.Order).Distinct().Count() == 1);
        points.GroupBy(p => p.Order).ShouldAllBe(g => g.Select(p => p.Src).Distinct().Count() == 1);
        points.Select(p => p.Order).Distinct().ShouldBe(Enumerable.Range(1, points.Select(p => p.Src).Distinct().Count()));
    }

    private IEnumerable<XElement> Manifest() => EpubInvariants.Manifest(_epub);
}
