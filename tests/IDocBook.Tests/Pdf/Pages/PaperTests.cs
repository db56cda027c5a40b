using IDocBook.Pdf.Pages;
using Shouldly;

namespace IDocBook.Tests.Pdf.Pages;

public class PaperTests
{
    [Theory]
    [InlineData("A4", "A4")]
    [InlineData("a5", "A5")]
    [InlineData("b5", "B5")]
    [InlineData("LETTER", "Letter")]
    [InlineData("legal", "Legal")]
    public void NamedSizesAreFoundInAnyLetterCase(string text, string name) => Paper.Parse(text)!.Name.ShouldBe(name);

    [Theory]
    [InlineData("148x210", 148, 210)]
    [InlineData("100X120mm", 100, 120)]
    [InlineData("182 × 257", 182, 257)]
    public void ACustomSizeIsWidthByHeightInMillimetres(string text, float width, float height)
    {
        var paper = Paper.Parse(text)!;
        paper.Width.ShouldBe(width * PageSetup.PointsPerMillimetre, 0.01);
        paper.Height.ShouldBe(height * PageSetup.PointsPerMillimetre, 0.01);
    }

    [Theory]
    [InlineData("A6")]
    [InlineData("10x10")]
    [InlineData("148x")]
    [InlineData("14.8x21cm")]
    public void OtherTextIsNoPaper(string text) => Paper.Parse(text).ShouldBeNull();

    [Fact]
    public void LegalIsEightAndAHalfByFourteenInches() => (Paper.Legal.Width, Paper.Legal.Height).ShouldBe((612f, 1008f));
}
