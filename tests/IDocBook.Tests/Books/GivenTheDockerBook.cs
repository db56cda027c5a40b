using System.Xml.Linq;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Books;

/// <summary>The first book, <c>book/</c>, read and written as <c>idocbook build book</c> does.</summary>
public sealed class GivenTheDockerBook
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly BuiltBook _book = BuiltBook.Docker;

    public static TheoryData<string> ChapterFiles() =>
        [.. Directory.GetFiles(Repository.PathOf("book"), "*.md").Select(f => Path.GetFileName(f)).Where(f => f != "SUMMARY.md").Order(StringComparer.Ordinal)];

    [Fact]
    public void ItBuildsWithoutDiagnostics() => _book.Diagnostics.All.ShouldBeEmpty();

    [Fact]
    public void ItsModelMatchesTheSnapshot() => Approve(ModelDump.Of(_book.Model), "model");

    [Theory]
    [MemberData(nameof(ChapterFiles))]
    public void EachChapterXhtmlMatchesItsSnapshot(string file) =>
        Approve(_book.Epub.Text($"OEBPS/text/ch-{Path.GetFileNameWithoutExtension(file)}.xhtml"), Path.GetFileNameWithoutExtension(file));

    [Theory]
    [InlineData("OEBPS/content.opf", "opf")]
    [InlineData("OEBPS/nav.xhtml", "nav")]
    [InlineData("OEBPS/toc.ncx", "ncx")]
    public void ItsPackageFilesMatchTheirSnapshots(string entry, string name) => Approve(_book.Epub.Text(entry), name);

    [Fact]
    public void ItsPackageIsCompleteWellFormedAndEveryLinkResolves()
    {
        EpubInvariants.ManifestIsComplete(_book.Epub);
        EpubInvariants.XhtmlIsWellFormed(_book.Epub);
        EpubInvariants.EveryLinkResolves(_book.Epub).ShouldBeGreaterThan(20);
    }

    [Theory]
    [MemberData(nameof(ChapterFiles))]
    public void EveryCjkCharacterOfTheChapterAppearsInItsXhtmlInOrder(string file)
    {
        var markdown = Wide(File.ReadAllText(Repository.PathOf("book/" + file)));
        var xhtml = Wide(ReadingText(_book.Epub.Text($"OEBPS/text/ch-{Path.GetFileNameWithoutExtension(file)}.xhtml")));
        markdown.Count.ShouldBeGreaterThan(10);
        var at = 0;
        foreach (var (rune, index) in markdown.Select((r, i) => (r, i)))
        {
            while (at < xhtml.Count && xhtml[at] != rune) at++;
            at.ShouldBeLessThan(xhtml.Count, $"'{rune}' (character {index} of the chapter's CJK text) is missing or out of order in the XHTML");
            at++;
        }
    }

    [Fact]
    public void TheImagesParagraphNoLongerRepeatsTheRegistryParagraph()
    {
        var components = _book.Model.Chapters.Single(c => c.SourcePath == "02-components.md");
        var items = components.Blocks.OfType<ListBlock>().Single().Items
            .Select(i => InlineText.Of(i.Content.OfType<Paragraph>().Last().Content)).ToList();
        items.Count.ShouldBe(3);
        items.Distinct().Count().ShouldBe(3);
        items[0].ShouldContain("镜像");
    }

    [Fact]
    public void TheInstallChapterHasHighlightedCodeATableAndTheDiagram()
    {
        var chapter = _book.Model.Chapters.Last();
        var code = chapter.Blocks.OfType<CodeBlock>().ToList();
        code.Select(c => c.Language).ShouldContain("bash");
        code.Select(c => c.Language).ShouldContain("dockerfile");
        code.Select(c => c.Language).ShouldContain("yaml");
        code.Where(c => c.Language is "bash" or "dockerfile" or "yaml").ShouldAllBe(c => c.Lines != null);
        chapter.Blocks.OfType<Table>().Single().Body.Count.ShouldBeGreaterThanOrEqualTo(10);
        chapter.Blocks.OfType<Figure>().Single().Image.ResourceHref.ShouldBe("images/docker-architecture.svg");
        _book.Model.Resources.Single().MediaType.ShouldBe("image/svg+xml");
    }

    [SkippableFact]
    public void ItPassesEpubCheck()
    {
        var path = Path.Combine(Path.GetTempPath(), $"idocbook-docker-{Guid.NewGuid():N}.epub");
        File.WriteAllBytes(path, _book.Epub.Bytes);
        try
        {
            var result = EpubCheck.Run(path);
            result.Problems.ShouldBeEmpty(result.ToString());
        }
        finally { File.Delete(path); }
    }

    // What a reader meets: text nodes and image alternatives, in document order.
    private static string ReadingText(string xhtml) => string.Concat(XDocument.Parse(xhtml).Root!.Element(Xhtml + "body")!
        .DescendantNodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "img" } img => (string?)img.Attribute("alt") ?? "",
            _ => "",
        }));

    private static List<int> Wide(string text) =>
        [.. text.EnumerateRunes().Where(r => Cjk.IsWide(r.Value) && r.Value != 0x3000).Select(r => r.Value)];

    private static void Approve(string text, string name) =>
        text.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator(name).NoDiff().UseCallerLocation());
}
