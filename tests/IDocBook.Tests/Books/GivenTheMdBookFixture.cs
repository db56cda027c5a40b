using IDocBook.Core.Model;
using Shouldly;

namespace IDocBook.Tests.Books;

/// <summary>tests/fixtures/mdbook: book.toml, src/SUMMARY.md with prefix, parts, separators, a draft and a suffix; includes.</summary>
public sealed class GivenTheMdBookFixture
{
    private readonly BuiltBook _book = FixtureBooks.MdBook;

    [Fact]
    public void TheDraftIsANoteAndTheImageNamedOnlyDiagramAWarning() =>
        FixtureBooks.Codes(_book).ShouldBe(["IDB0010@src/SUMMARY.md:10", "IDB0140@src/guide/writing.md:6"]);

    [Fact]
    public void TheMermaidGraphIsDrawn() =>
        _book.Model.Chapters.Single(c => c.Title == "On Linux").Blocks.OfType<Diagram>().Single().Scene.Texts.Select(t => t.Text).ShouldBe(["A", "B"]);

    [Fact]
    public void BookTomlIsRead() => _book.Model.Metadata.ShouldSatisfyAllConditions(
        m => m.Title.ShouldBe("The Example Book"), m => m.Authors.ShouldBe(["Ada", "Brian"]), m => m.Language.ShouldBe("en"),
        m => m.Description.ShouldBe("An mdBook layout fixture"));

    [Fact]
    public void PrefixPartsAndSuffixFollowTheSummaryWithoutTheDraft()
    {
        var parts = _book.Model.Parts;
        parts.Select(p => p.Title).ShouldBe([null, "User Guide", "Reference"]);
        parts[0].Chapters.Single().ShouldSatisfyAllConditions(c => c.Title.ShouldBe("Introduction"), c => c.Kind.ShouldBe(ChapterKind.Prefix));
        parts[1].Chapters.Select(c => c.Title).ShouldBe(["Installation", "Writing"]);
        parts[1].Chapters[0].Children.Single().Title.ShouldBe("On Linux");
        parts[2].Chapters.Select(c => (c.Title, c.Kind)).ShouldBe([("Configuration", ChapterKind.Numbered), ("Contributors", ChapterKind.Suffix)]);
        _book.Epub.Text($"OEBPS/text/{Id("src/contributors.md")}.xhtml").ShouldContain("epub:type=\"backmatter\"");
    }

    [Fact]
    public void IncludesWithAnchorsRangesAndWholeFilesAreExpanded()
    {
        var install = _book.Model.Chapters.Single(c => c.SourcePath == "src/guide/install.md");
        var code = install.Blocks.OfType<CodeBlock>().ToList();
        code[0].Code.ShouldBe("    let greeting = \"hello\";\n    println!(\"{greeting}\");");
        code[0].Language.ShouldBe("rust");
        code[1].Code.ShouldBe("// ANCHOR: all\nfn main() {\n    // ANCHOR: body");
        InlineText.Of(install.Blocks.OfType<BlockQuote>().Single().Content.OfType<Paragraph>().Single().Content).ShouldBe("Note: this paragraph comes from an included file.");
        var config = _book.Model.Chapters.Single(c => c.SourcePath == "src/reference/config.md");
        config.Blocks.OfType<CodeBlock>().Single().Code.ShouldBe("[book]\ntitle = \"The Example Book\"\nauthors = [\"Ada\", \"Brian\"]");
    }

    [Fact]
    public void AnEscapedIncludeStaysLiteral() =>
        _book.Epub.Text($"OEBPS/text/{Id("src/intro.md")}.xhtml").ShouldContain("<code>{{#include file.rs}}</code>");

    [Fact]
    public void HtmlLinksAndReferenceDefinitionsResolveToChaptersAndAnchors()
    {
        var targets = _book.Model.Chapters.SelectMany(c => IDocBook.Core.Transforms.Walk.Inlines(c.Blocks)).OfType<Link>().Select(l => l.Target).ToList();
        targets.ShouldContain(new InternalTarget(Id("src/guide/install.md"), null));
        targets.ShouldContain(new InternalTarget(Id("src/guide/linux.md"), "packages"));
        targets.ShouldContain(new InternalTarget(Id("src/reference/config.md"), "the-book-table"));
        targets.ShouldContain(new InternalTarget(Id("src/guide/writing.md"), "writing"));
        targets.ShouldContain(new InternalTarget(Id("src/intro.md"), null));
        targets.OfType<BrokenTarget>().ShouldBeEmpty();
    }

    [Fact]
    public void TheBmpIsStoredAsPngAndTheSvgAsItIs()
    {
        _book.Model.Resources.Select(r => (r.Href, r.MediaType)).ShouldBe([("src/images/diagram.svg", "image/svg+xml"), ("src/images/old.bmp", "image/png")]);
        _book.Epub.EntryNames.ShouldContain("OEBPS/images/img-002.png");
    }

    private string Id(string path) => _book.Model.Chapters.Single(c => c.SourcePath == path).Id;
}
