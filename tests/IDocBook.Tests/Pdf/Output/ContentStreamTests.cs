using System.Text;
using IDocBook.Pdf.Output;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class ContentStreamTests
{
    private static string Text(ContentStream content) => Encoding.ASCII.GetString(content.Bytes);

    [Fact]
    public void A_text_array_with_glyphs_and_adjustments_is_one_TJ()
    {
        var content = new ContentStream().BeginShow().Glyph(0x1A2).Adjust(-12.5f).Glyph(3).EndShow();
        Text(content).ShouldBe("[<01A2>-12.5<0003>] TJ\n");
    }

    [Fact]
    public void A_text_array_left_empty_writes_nothing()
    {
        // What a run writes when its first cluster opens an /ActualText span.
        var content = new ContentStream().BeginShow().EndShow().BeginActualText("fi").BeginShow().Glyph(7).EndShow().EndMarkedContent().BeginShow().EndShow();
        Text(content).ShouldNotContain("[]");
        Text(content).ShouldContain("[<0007>] TJ\n");
    }
}
