using IDocBook.Core.Model;
using Shouldly;

namespace IDocBook.Tests.Books;

/// <summary>tests/fixtures/gitbook: book.json, README introduction, ## parts, 2- and 4-space nesting, CJK file names.</summary>
public sealed class GivenTheGitBookFixture
{
    private readonly BuiltBook _book = FixtureBooks.GitBook;

    [Fact]
    public void TheMislabelledImageAndThePlaceholderAltTextsAreMentioned() =>
        FixtureBooks.Codes(_book).ShouldBe(["IDB0140@安装/debian 系统.md:13", "IDB0304@安装/linux.md:9", "IDB0140@安装/linux.md:9"]);

    [Fact]
    public void BookJsonIsReadAsItIs() => _book.Model.Metadata.ShouldSatisfyAllConditions(
        m => m.Title.ShouldBe("容器实践手册"), m => m.Authors.ShouldBe(["示例作者"]), m => m.Language.ShouldBe("zh-hans"),
        m => m.Description.ShouldBe("GitBook 布局的测试书"));

    [Fact]
    public void PartsAndThreeLevelsOfNestingFollowTheSummary()
    {
        var parts = _book.Model.Parts;
        parts.Select(p => p.Title).ShouldBe([null, "第一部分　基础", "第二部分　进阶"]);
        parts[0].Chapters.Single().SourcePath.ShouldBe("README.md");
        var install = parts[1].Chapters[0];
        install.SourcePath.ShouldBe("安装/README.md");
        install.Children.Single().Children.Single().SourcePath.ShouldBe("安装/debian 系统.md");
        parts[2].Chapters.Select(c => c.Title).ShouldBe(["进阶", "附录 #1"]);
    }

    [Fact]
    public void AChapterFoldersLowerCaseSummaryIsAChapter()
    {
        var summary = _book.Model.Chapters.Single(c => c.SourcePath == "进阶/summary.md");
        summary.Title.ShouldBe("本章小结");
        summary.Blocks.OfType<ListBlock>().ShouldHaveSingleItem();
    }

    [Fact]
    public void CrossLinksWithAnchorsAndHtmlLinksResolve()
    {
        var targets = _book.Model.Chapters.SelectMany(c => IDocBook.Core.Transforms.Walk.Inlines(c.Blocks)).OfType<Link>().Select(l => l.Target).ToList();
        targets.ShouldContain(new InternalTarget(Id("安装/README.md"), "安装步骤"));
        targets.ShouldContain(new InternalTarget(Id("安装/debian 系统.md"), "准备"));
        targets.ShouldContain(new InternalTarget(Id("使用.md"), null));
        targets.ShouldContain(new InternalTarget(Id("附录 #1.md"), "术语"));
        targets.ShouldContain(new ExternalTarget("https://docs.docker.com"));
        targets.OfType<BrokenTarget>().ShouldBeEmpty();
    }

    [Fact]
    public void ImagesWithSpacesHashAndPercentAndAMislabelledOneAreStored()
    {
        _book.Model.Resources.Select(r => (r.Href, r.MediaType)).ShouldBe([
            ("images/logo.png", "image/png"), ("images/screenshot.jpg", "image/png"), ("images/图 #1 100%.png", "image/png"),
        ]);
        _book.Epub.EntryNames.Count(n => n.StartsWith("OEBPS/images/img-", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void AlertsHtmlBlocksAndDefinitionListsAreWritten()
    {
        var intro = _book.Epub.Text($"OEBPS/text/{Id("README.md")}.xhtml");
        intro.ShouldContain("<aside class=\"alert alert-note\" role=\"note\" aria-labelledby=\"idb-alert-1\">");
        intro.ShouldContain("<div class=\"align-center\">");
        intro.ShouldContain("style=\"width: 120px;\"");
        _book.Epub.Text($"OEBPS/text/{Id("安装/README.md")}.xhtml").ShouldContain("<div class=\"align-right\">");
        var debian = _book.Epub.Text($"OEBPS/text/{Id("安装/debian 系统.md")}.xhtml");
        debian.ShouldContain("<details open=\"open\">");
        debian.ShouldContain("<figcaption>图 1：带空格、井号和百分号的文件名</figcaption>");
        _book.Epub.Text($"OEBPS/text/{Id("使用.md")}.xhtml").ShouldContain("<dt>镜像</dt>");
    }

    [Fact]
    public void ZeroWidthRightToLeftAndEmojiCharactersSurvive() =>
        _book.Epub.Text($"OEBPS/text/{Id("附录 #1.md")}.xhtml").ShouldContain("a\u200bb；从右到左：\u202eשלום\u202c；表情：🐳");

    private string Id(string path) => _book.Model.Chapters.Single(c => c.SourcePath == path).Id;
}
