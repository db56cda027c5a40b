using Shouldly;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfLinkTests
{
    [Fact]
    public void External_links_are_URI_actions_and_internal_ones_open_their_page()
    {
        using var pdf = RenderedSample.Open();

        var links = pdf.GetPage(2).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();

        links.Count.ShouldBe(2);
        links[0].Action.ShouldBeOfType<UriAction>().Uri.ShouldBe(SampleDocument.Url);
        links[1].Action.ShouldBeAssignableTo<AbstractGoToAction>()!.Destination.PageNumber.ShouldBe(3);
    }

    [Fact]
    public void Destination_names_survive_in_any_script()
    {
        // Skia turns non-ASCII names into "???"; ours reach the PDF hex-spelled, one name per target.
        var text = System.Text.Encoding.Latin1.GetString(RenderedSample.Pdf);

        text.ShouldNotContain("/???");
        text.ShouldContain("/~" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes("第一章")));
        text.ShouldContain("/sec-1-1 [");
    }
}
