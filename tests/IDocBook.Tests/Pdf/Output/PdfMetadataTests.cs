using System.Security.Cryptography;
using IDocBook.Pdf.Output;
using Shouldly;
using UglyToad.PdfPig.Tokens;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfMetadataTests
{
    [Fact]
    public void Document_information_comes_from_the_book_and_never_names_Skia()
    {
        using var pdf = RenderedSample.Open();
        var info = pdf.Information;

        info.Title.ShouldBe(SampleDocument.Title);
        info.Author.ShouldBe("张三");
        info.Subject.ShouldBe("Docker 入门");
        info.Keywords.ShouldBe("docker, 容器");
        info.Creator.ShouldBe("IDocBook 0.1.0");
        info.Producer.ShouldBe("IDocBook");
        // The book's date with its own offset, whatever the machine's time zone (try TZ=America/New_York).
        info.CreationDate.ShouldBe("D:20240301083000+08'00'");
        info.ModifiedDate.ShouldBe("D:20240301083000+08'00'");
    }

    [Fact]
    public void No_date_in_the_file_depends_on_the_machine()
    {
        // The update shadows Skia's /Info, but Skia's version stays in the bytes: it must hold no date.
        var text = System.Text.Encoding.Latin1.GetString(RenderedSample.Pdf);

        text.Split("/CreationDate").Length.ShouldBe(2);
        text.Split("/ModDate").Length.ShouldBe(2);
        PdfText.Date(new DateTimeOffset(1999, 12, 31, 23, 59, 58, TimeSpan.FromHours(-3.5))).ShouldBe("(D:19991231235958-03'30')");
    }

    [Fact]
    public void The_catalog_states_the_language_and_opens_with_the_bookmarks()
    {
        using var pdf = RenderedSample.Open();
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        catalog.TryGet(NameToken.Create("Lang"), out StringToken lang).ShouldBeTrue();
        lang.Data.ShouldBe("zh-CN");
        catalog.TryGet(NameToken.Create("PageMode"), out NameToken mode).ShouldBeTrue();
        mode.Data.ShouldBe("UseOutlines");
    }

    [Fact]
    public void Front_matter_is_numbered_in_roman_and_the_body_from_one()
    {
        using var pdf = RenderedSample.Open();
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        catalog.TryGet(NameToken.Create("PageLabels"), out DictionaryToken labels).ShouldBeTrue();
        labels.TryGet(NameToken.Create("Nums"), out ArrayToken nums).ShouldBeTrue();
        var ranges = nums.Data.Chunk(2).Select(pair =>
            (Page: ((NumericToken)pair[0]).Int, Style: ((NameToken)((DictionaryToken)pair[1]).Data["S"]).Data)).ToList();
        ranges.ShouldBe([(0, "r"), (1, "D")]);
    }

    [Fact]
    public void Two_writes_of_the_same_document_are_byte_identical()
    {
        var first = RenderedSample.Render(fonts => SampleDocument.Build(fonts));
        var second = RenderedSample.Render(fonts => SampleDocument.Build(fonts));

        Convert.ToHexString(SHA256.HashData(second)).ShouldBe(Convert.ToHexString(SHA256.HashData(first)));
    }

    [Fact]
    public void The_file_id_is_derived_from_the_content()
    {
        var text = System.Text.Encoding.Latin1.GetString(RenderedSample.Pdf);
        // Everything before the cross-reference table: the objects, and so the whole content.
        var objectsLength = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;

        var id = Convert.ToHexString(MD5.HashData(RenderedSample.Pdf.AsSpan(0, objectsLength)));

        text.ShouldContain($"/ID [<{id}> <{id}>]");
    }

    [Fact]
    public void A_book_without_outline_or_labels_gets_neither()
    {
        var pdf = RenderedSample.Render(fonts => SampleDocument.Build(fonts, images: false) with { Outline = [], Labels = [] });

        using var document = RenderedSample.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        catalog.ContainsKey(NameToken.Create("Outlines")).ShouldBeFalse();
        catalog.ContainsKey(NameToken.Create("PageLabels")).ShouldBeFalse();
        catalog.ContainsKey(NameToken.Create("Lang")).ShouldBeTrue();
        document.NumberOfPages.ShouldBe(3);
    }

    [Fact]
    public void Page_labels_start_at_the_first_page_even_when_the_book_starts_later()
    {
        PageLabels.Write([new PageLabelRange(2, PageLabelStyle.Decimal, 5)], 4)
            .ShouldBe("<</Nums [0 <</S /D>> 2 <</S /D /St 5>>]>>");
        PageLabels.Write([], 4).ShouldBeNull();
    }
}
