using IDocBook.Pdf.Output;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfSyntaxTests
{
    [Fact]
    public void Values_are_returned_as_written_even_when_they_hold_delimiters()
    {
        const string dict = "<</Type /Catalog\n/Pages 17 0 R /Title (a >> b \\) c (nested)) /Kids [2 0 R 6 0 R]" +
                            "/Sub <</A <FEFF00>>>/N -1.5 /B true % a comment >>\n/Esc#20Name 3>>";

        var entries = PdfSyntax.Dictionary(dict);

        entries.Select(e => e.Key).ShouldBe(["Type", "Pages", "Title", "Kids", "Sub", "N", "B", "Esc Name"]);
        entries.Get("Pages").ShouldBe("17 0 R");
        entries.Get("Title").ShouldBe("(a >> b \\) c (nested))");
        entries.Get("Sub").ShouldBe("<</A <FEFF00>>>");
        PdfSyntax.References(entries.Get("Kids")!).ShouldBe([2, 6]);
        entries.Get("B").ShouldBe("true");
    }

    [Fact]
    public void Malformed_input_is_reported_not_guessed()
    {
        Should.Throw<InvalidDataException>(() => PdfSyntax.Dictionary("<</Type /Catalog"));
        Should.Throw<InvalidDataException>(() => PdfSyntax.Dictionary("[1 2]"));
    }

    [Fact]
    public void References_are_renumbered_and_strings_left_alone()
    {
        const string body = "<</G3 3 0 R\n/Font <</F4 4 0 R>> /T (see 5 0 R) /H <0A 0 R> /K [6 0 R 7 0 R]/N 8>>";

        PdfSyntax.Renumber(body, n => n + 100)
            .ShouldBe("<</G3 103 0 R\n/Font <</F4 104 0 R>> /T (see 5 0 R) /H <0A 0 R> /K [106 0 R 107 0 R]/N 8>>");
    }

    [Fact]
    public void Names_escape_what_is_not_plain_ASCII()
    {
        PdfText.Name("AAAAAA+NotoSerifSC-Regular").ShouldBe("/AAAAAA+NotoSerifSC-Regular");
        PdfText.Name("宋体 (1)").ShouldBe("/#E5#AE#8B#E4#BD#93#20#281#29");
    }

    [Fact]
    public void Destination_names_are_plain_when_ASCII_and_hex_otherwise()
    {
        DestinationNames.ForPdf("sec-1.1").ShouldBe("sec-1.1");
        DestinationNames.ForPdf("第一章").ShouldBe("~E7ACACE4B880E7AB A0".Replace(" ", ""));
        DestinationNames.ForPdf("a b").ShouldBe("~612062");
        // A plain name that looks like an encoded one is encoded too, so two names never collide.
        DestinationNames.ForPdf("~612062").ShouldNotBe("~612062");
    }
}
