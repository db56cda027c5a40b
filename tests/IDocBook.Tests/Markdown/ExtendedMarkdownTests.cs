using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Markdown;

/// <summary>Markdown that real books use beyond CommonMark: definition lists, diagrams, fence attributes.</summary>
public class ExtendedMarkdownTests
{
    [Fact]
    public void ADefinitionListBecomesTermAndDefinitionDivs()
    {
        var list = Read.Blocks("镜像\n:   只读的模板。\n\n    第二段。\n\n容器\n:   镜像的实例。\n").OfType<Div>().Single();
        list.Attributes.Classes.ShouldBe(["definition-list"]);
        list.Content.Cast<Div>().Select(d => d.Attributes.Classes.Single()).ShouldBe(["definition-term", "definition", "definition-term", "definition"]);
        InlineText.Of(((Paragraph)((Div)list.Content[0]).Content.Single()).Content).ShouldBe("镜像");
        ((Div)list.Content[1]).Content.OfType<Paragraph>().Count().ShouldBe(2);
    }

    [Fact]
    public void ADefinitionListIsWrittenAsDlInTheEpub()
    {
        using var book = new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\nTerm\n: Definition *here*.\n");
        var built = new Books.BuiltBook(book.Root);
        var xhtml = built.Epub.Text("OEBPS/text/a.xhtml");
        xhtml.ShouldContain("<dl>\n<dt>Term</dt>\n<dd>\n<p>Definition <em>here</em>.</p>\n</dd>\n</dl>");
        EpubInvariants.XhtmlIsWellFormed(built.Epub);
    }

    [Fact]
    public void AnAuthorsOwnDefinitionListClassStaysADiv()
    {
        using var book = new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n<div class=\"definition-list\">\n\ntext\n\n</div>\n");
        new Books.BuiltBook(book.Root).Epub.Text("OEBPS/text/a.xhtml").ShouldNotContain("<dl");
    }

    [Fact]
    public void DiagramsIDocBookDoesNotDrawStayCodeWithOneNotePerBook()
    {
        using var book = new TempBook()
            .With("SUMMARY.md", "* [A](a.md)\n* [B](b.md)\n")
            .With("a.md", "# A\n\n```plantuml\nA -> B\n```\n")
            .With("b.md", "# B\n\n```dot\ndigraph { C -> D }\n```\n\n```plantuml\nC -> D\n```\n\n```mermaid\ngraph TD; A-->B\n```\n");
        var sink = new DiagnosticSink();
        var read = BookReader.Read(book.Root, sink)!;
        read.Chapters.SelectMany(c => c.Blocks).OfType<CodeBlock>().Select(c => c.Language).ShouldBe(["plantuml", "dot", "plantuml", "mermaid"]);
        var note = sink.All.Single();
        note.ShouldSatisfyAllConditions(d => d.Code.ShouldBe("IDB0105"), d => d.Severity.ShouldBe(Severity.Note),
            d => d.Source!.File.ShouldBe("a.md"), d => d.Source!.Line.ShouldBe(3), d => d.Message.ShouldStartWith("3 diagram blocks (plantuml, dot) are shown as code"));
    }

    [Theory]
    [InlineData("rust,no_run,noplayground", "rust")]
    [InlineData("{.python .numberLines}", "python")]
    [InlineData("js title=\"a.js\"", "js")]
    public void TheFirstWordOfAFenceInfoIsTheLanguage(string info, string language) =>
        Read.Blocks($"```{info}\ncode\n```\n").OfType<CodeBlock>().Single().Language.ShouldBe(language);

    [Fact]
    public void FrontMatterIsNotShownAsCode() =>
        Read.Blocks("---\ntitle: 前言\n---\n\n# 正文\n").ShouldHaveSingleItem().ShouldBeOfType<Heading>();

    [Theory]
    [InlineData("a [b c")]
    [InlineData("ls [0m and [x] ]")]
    public void AnUnmatchedBracketKeepsItsText(string markdown) => Read.Text(markdown).ShouldBe(markdown);

    [Theory]
    [InlineData("```\n```\n")]
    [InlineData("> ```\n")]
    [InlineData("- ```")]
    public void AnEmptyCodeFenceIsAnEmptyCodeBlockNotACrash(string markdown) =>
        Walk(Read.Blocks(markdown)).OfType<CodeBlock>().Single().Code.ShouldBe("");

    private static IEnumerable<Block> Walk(IReadOnlyList<Block> blocks) => IDocBook.Core.Transforms.Walk.Blocks(blocks);
}
