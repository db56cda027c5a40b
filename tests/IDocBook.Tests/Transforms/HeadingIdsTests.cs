using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Transforms;

public class HeadingIdsTests
{
    private static Book BookOf(params string[] chapters) => new(
        new BookMetadata { Title = "t", Identifier = "urn:x", Name = "t" },
        [new Part(null, [.. chapters.Select((md, i) => new Chapter($"c{i}", $"c{i}", $"c{i}.md", Read.Blocks(md), []))])],
        []);

    private static IEnumerable<string?> Ids(Book book) =>
        book.Chapters.SelectMany(c => c.Blocks.OfType<Heading>()).Select(h => h.Attributes.Id);

    [Fact]
    public void ChineseIsKeptAsGitHubDoes() =>
        Ids(HeadingIds.Assign(BookOf("### docker的简介")).Book).ShouldBe(["docker的简介"]);

    [Fact]
    public void PunctuationGoesAndSpacesBecomeHyphens() =>
        Ids(HeadingIds.Assign(BookOf("## Docker VS VM虚拟机: 优势！")).Book).ShouldBe(["docker-vs-vm虚拟机-优势"]);

    [Fact]
    public void DuplicatesAreNumberedAcrossTheWholeBook()
    {
        var (book, anchors) = HeadingIds.Assign(BookOf("# 安装\n\n## 安装", "# 安装"));
        Ids(book).ShouldBe(["安装", "安装-1", "安装-2"]);
        anchors.Find("c1", "安装").ShouldBe("安装-2");
        anchors.Find("c0", "安装-1").ShouldBe("安装-1");
    }

    [Fact]
    public void AHeadingInEveryChapterIsNumberedInReadingOrderAroundIdsAlreadyTaken()
    {
        // "小结 2" takes 小结-2 itself, so the third 小结 skips to 小结-3.
        var chapters = Enumerable.Range(0, 300).Select(i => i == 1 ? "# 小结 2\n\n## 小结" : "## 小结").ToArray();
        var ids = Ids(HeadingIds.Assign(BookOf(chapters)).Book).ToList();
        ids.Take(5).ShouldBe(["小结", "小结-2", "小结-1", "小结-3", "小结-4"]);
        ids.Count.ShouldBe(301);
        ids.Distinct().Count().ShouldBe(301);
        ids[^1].ShouldBe("小结-300");
    }

    [Fact]
    public void IdsAreValidXmlNames()
    {
        var ids = Ids(HeadingIds.Assign(BookOf("# 1. 入门", "# ???")).Book).ToList();
        ids.ShouldBe(["h-1-入门", "section"]);
        ids.ShouldAllBe(id => System.Xml.XmlConvert.VerifyNCName(id!) == id);
    }
}
