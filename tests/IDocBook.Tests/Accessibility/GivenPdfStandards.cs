using System.Buffers.Binary;
using System.Text;
using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Pdf;
using IDocBook.Pdf.Output;
using IDocBook.Tests.Books;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace IDocBook.Tests.Accessibility;

/// <summary>
/// What --pdf-standard claims, and what a test here can show of it: PDF/UA-1 by default; PDF/A-2u adds
/// an sRGB output intent whose profile is a well-formed ICC display profile, and its XMP identifiers.
/// </summary>
public sealed class GivenPdfStandards
{
    private static byte[] Write(PdfStandards standards, bool booklet = false)
    {
        using var output = new MemoryStream();
        PdfWriter.Write(BuiltBook.Docker.Model, new PdfOptions { Standards = standards, Booklet = booklet }, output, new DiagnosticSink());
        return output.ToArray();
    }

    private static (DictionaryToken Catalog, string Xmp, PdfDocument Pdf) Open(byte[] bytes)
    {
        var pdf = PdfDocument.Open(bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var metadata = (StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)catalog.Data["Metadata"]).Data).Data;
        return (catalog, Encoding.UTF8.GetString(metadata.Data.ToArray()), pdf);
    }

    [Theory]
    [InlineData("ua-1", PdfStandards.Ua1)]
    [InlineData("a-2u", PdfStandards.A2u)]
    [InlineData("ua-1,a-2u", PdfStandards.Ua1 | PdfStandards.A2u)]
    [InlineData("none", PdfStandards.None)]
    [InlineData("pdf/x", null)]
    public void TheOptionNamesTheStandards(string value, PdfStandards? standards) =>
        BuildArguments.PdfStandard(value).ShouldBe(standards);

    [Fact]
    public void PdfA2uHasAnSrgbOutputIntentAndItsIdentifiers()
    {
        var (catalog, xmp, pdf) = Open(Write(PdfStandards.Ua1 | PdfStandards.A2u));
        using var _ = pdf;
        xmp.ShouldContain("<pdfaid:part>2</pdfaid:part>");
        xmp.ShouldContain("<pdfaid:conformance>U</pdfaid:conformance>");
        xmp.ShouldContain("<pdfuaid:part>1</pdfuaid:part>");
        xmp.ShouldContain("<pdfaSchema:prefix xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\">pdfuaid</pdfaSchema:prefix>");
        xmp.ShouldStartWith("<?xpacket begin=\"\uFEFF\"");
        var intent = (DictionaryToken)((ArrayToken)catalog.Data["OutputIntents"]).Data.Single();
        ((NameToken)intent.Data["S"]).Data.ShouldBe("GTS_PDFA1");
        var profile = (StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)intent.Data["DestOutputProfile"]).Data).Data;
        ((NumericToken)profile.StreamDictionary.Data["N"]).Int.ShouldBe(3);
        var icc = profile.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray();
        BinaryPrimitives.ReadUInt32BigEndian(icc).ShouldBe((uint)icc.Length);
        Encoding.ASCII.GetString(icc, 12, 12).ShouldBe("mntrRGB XYZ ");
        Encoding.ASCII.GetString(icc, 36, 4).ShouldBe("acsp");
        var tags = Enumerable.Range(0, (int)BinaryPrimitives.ReadUInt32BigEndian(icc.AsSpan(128)))
            .Select(i => Encoding.ASCII.GetString(icc, 132 + i * 12, 4)).ToList();
        tags.ShouldBe(["desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"]);
        // Every font embedded, each with a ToUnicode map (the "u" of PDF/A-2u).
        foreach (var page in pdf.GetPages())
        {
            var fonts = (DictionaryToken)Resolve(pdf, ((DictionaryToken)Resolve(pdf, page.Dictionary.Data["Resources"])).Data["Font"]);
            foreach (var font in fonts.Data.Values.Select(f => (DictionaryToken)Resolve(pdf, f)))
            {
                font.Data.ContainsKey("ToUnicode").ShouldBeTrue();
                var descendant = (DictionaryToken)Resolve(pdf, ((ArrayToken)Resolve(pdf, font.Data["DescendantFonts"])).Data[0]);
                var descriptor = (DictionaryToken)Resolve(pdf, descendant.Data["FontDescriptor"]);
                descriptor.Data.ContainsKey("FontFile2").ShouldBeTrue();
            }
        }
    }

    [Fact]
    public void UaAloneClaimsNoPdfAAndHasNoOutputIntent()
    {
        var (catalog, xmp, pdf) = Open(Write(PdfStandards.Ua1));
        using var _ = pdf;
        xmp.ShouldNotContain("pdfaid");
        catalog.Data.ContainsKey("OutputIntents").ShouldBeFalse();
    }

    [Fact]
    public void ABookletClaimsNothingItsFoldingOrderIsNotTheReadingOrder()
    {
        var (_, xmp, pdf) = Open(Write(PdfStandards.Ua1, booklet: true));
        using var __ = pdf;
        xmp.ShouldNotContain("pdfuaid");
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
