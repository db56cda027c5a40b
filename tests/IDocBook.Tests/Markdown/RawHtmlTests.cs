using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Markdown;

public class RawHtmlTests
{
    [Fact]
    public void InlineTagsBecomeModelNodes()
    {
        var inlines = Read.Inlines("a<br>b <b>粗</b> <i>斜</i> <code>x</code> H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> <a href=\"https://x.org\">链接</a>");
        inlines.OfType<LineBreak>().ShouldHaveSingleItem();
        inlines.OfType<Strong>().Single().Content.ShouldBe([new Text("粗", inlines.OfType<Strong>().Single().Content[0].Source)]);
        inlines.OfType<Emphasis>().ShouldHaveSingleItem();
        inlines.OfType<InlineCode>().Single().Value.ShouldBe("x");
        inlines.OfType<Subscript>().ShouldHaveSingleItem();
        inlines.OfType<Superscript>().ShouldHaveSingleItem();
        InlineText.Of(inlines.OfType<Keyboard>().Single().Content).ShouldBe("Ctrl");
        inlines.OfType<Link>().Single().Target.ShouldBe(new UnresolvedTarget("https://x.org"));
    }

    [Fact]
    public void AnUnclosedImgIsAnImageAndAParagraphOfOneImageIsAFigure()
    {
        var figure = Read.Blocks("<img src=\"pic.png\" alt=\"图\" width=\"300\">").OfType<Figure>().Single();
        figure.Image.Url.ShouldBe("pic.png");
        figure.Image.Alt.ShouldBe("图");
        figure.Image.Attributes.Get("width").ShouldBe("300");
    }

    [Fact]
    public void ADivWithAlignWrapsTheMarkdownBetweenItsTags()
    {
        var div = Read.Blocks("<div align=\"center\">\n\n**居中**\n\n</div>\n\n之后").OfType<Div>().Single();
        div.Attributes.Get("align").ShouldBe("center");
        var paragraph = div.Content.OfType<Paragraph>().Single();
        paragraph.Content.OfType<Strong>().ShouldHaveSingleItem();
    }

    [Fact]
    public void ScriptsStylesIframesAndEventAttributesAreDroppedWithWarnings()
    {
        var sink = new DiagnosticSink();
        var blocks = Read.Blocks("<script>alert('x')</script>\n\n<style>p{}</style>\n\n<iframe src=\"x\"></iframe>\n\n<p onclick=\"evil()\">文本</p>", sink);
        InlineText.Of(blocks.OfType<Paragraph>().SelectMany(p => p.Content)).ShouldBe("文本");
        sink.All.Where(d => d.Code == "IDB0101").Count().ShouldBe(4);
        sink.All.ShouldAllBe(d => d.Source != null && d.Source.Line > 0);
    }

    [Fact]
    public void UnknownElementsKeepTheirText() =>
        Read.Text("前<foo bar=1>中间</foo>后").ShouldBe("前中间后");

    [Fact]
    public void DetailsAndSummaryBecomeADisclosureBlock()
    {
        var details = Read.Blocks("<details>\n<summary>点开</summary>\n\n隐藏的内容\n\n</details>").OfType<Details>().Single();
        InlineText.Of(details.Summary).ShouldBe("点开");
        InlineText.Of(details.Content.OfType<Paragraph>().Single().Content).ShouldBe("隐藏的内容");
    }

    [Fact]
    public void ARawTableBecomesAModelTable()
    {
        var table = Read.Blocks("<table>\n<tr><th>命令</th><th>作用</th></tr>\n<tr><td>ps</td><td align=\"right\">列出</td></tr>\n</table>").OfType<Table>().Single();
        table.Header.Single().Cells.Select(c => InlineText.Of(c.Content)).ShouldBe(["命令", "作用"]);
        table.Body.Single().Cells[1].Align.ShouldBe(ColumnAlign.Right);
    }

    [Fact]
    public void AParagraphWithAlignKeepsItsAlignment()
    {
        var div = Read.Blocks("<p align=\"center\">\n  <img src=\"logo.png\">\n</p>").OfType<Div>().Single();
        div.Attributes.Get("align").ShouldBe("center");
        div.Content.OfType<Figure>().ShouldHaveSingleItem();
    }
}
