using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class SummaryParserTests
{
    [Fact]
    public void GitBookPartsAndNestedListsWithTwoOrFourSpaces()
    {
        var parts = SummaryParser.Parse("# Summary\n\n* [简介](README.md)\n\n## 基础\n\n* [安装](install/README.md)\n  * [Linux](install/linux.md)\n      * [Debian](install/debian.md)\n- [使用](use.md)\n", "SUMMARY.md");
        parts.Select(p => p.Title).ShouldBe([null, "基础"]);
        parts[0].Entries.Single().Path.ShouldBe("README.md");
        var install = parts[1].Entries[0];
        install.Title.ShouldBe("安装");
        install.Children.Single().Title.ShouldBe("Linux");
        install.Children.Single().Children.Single().Path.ShouldBe("install/debian.md");
        parts[1].Entries[1].Path.ShouldBe("use.md");
        install.Source.Line.ShouldBe(7);
    }

    [Theory]
    [InlineData("# The Rust Programming Language\n\n[Foreword](foreword.md)\n\n- [Getting Started](ch01.md)\n")]
    [InlineData("<!-- generated -->\n# Summary\n\n[Foreword](foreword.md)\n\n- [Getting Started](ch01.md)\n")]
    [InlineData("# 目录\n\n[Foreword](foreword.md)\n\n- [Getting Started](ch01.md)\n")]
    public void TheSummarysOwnTitleIsNoPartWrappingTheBook(string summary)
    {
        var parts = SummaryParser.Parse(summary, "src/SUMMARY.md");

        parts.ShouldHaveSingleItem().Title.ShouldBeNull();
        parts[0].Entries.Select(e => e.Title).ShouldBe(["Foreword", "Getting Started"]);
    }

    [Fact]
    public void MdBookPrefixPartsSeparatorsDraftsAndSuffix()
    {
        var parts = SummaryParser.Parse("# Summary\n\n[Introduction](intro.md)\n\n# Guide\n\n- [Start](start.md)\n- [Draft]()\n\n---\n\n[Contributors](contrib.md)\n", "src/SUMMARY.md");
        parts[0].Entries.Single().Kind.ShouldBe(ChapterKind.Prefix);
        var guide = parts.Single(p => p.Title == "Guide");
        guide.Entries.Select(e => e.Path).ShouldBe(["start.md", "", "contrib.md"]);
        guide.Entries[2].Kind.ShouldBe(ChapterKind.Suffix);
    }
}
