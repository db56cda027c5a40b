using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Markdown;

public class MarkdownReaderTests
{
    [Fact]
    public void ASoftBreakBetweenTwoChineseCharactersVanishes() =>
        Read.Text("第一行\n第二行").ShouldBe("第一行第二行");

    [Fact]
    public void ASoftBreakBetweenLatinWordsIsASpace() =>
        Read.Text("first\nsecond").ShouldBe("first second");

    [Fact]
    public void ASoftBreakBetweenChineseAndLatinIsASpace() =>
        Read.Text("使用\nDocker").ShouldBe("使用 Docker");

    [Fact]
    public void ASoftBreakAfterARawBrAddsNothingAndKeepsFullWidthIndent()
    {
        var inlines = Read.Inlines("快 <br>\n　　运行时的性能");
        inlines.OfType<LineBreak>().Count().ShouldBe(1);
        InlineText.Of(inlines).ShouldBe("快  　　运行时的性能");
        inlines.OfType<Text>().Last().Value.ShouldStartWith("　　运行时");
    }

    [Fact]
    public void HeadingsThatSkipLevelsNestByStructure()
    {
        var headings = Read.Blocks("# 书名\n\n### 第一章\n\n#### 小节\n\n### 第二章").OfType<Heading>().Select(h => h.Level);
        headings.ShouldBe([1, 2, 3, 2]);
    }

    [Fact]
    public void ASectionFileThatStartsAtLevelThreeStartsAtOne()
    {
        var headings = Read.Blocks("### docker的优缺点\n\n  #### Docker VS VM").OfType<Heading>().Select(h => h.Level);
        headings.ShouldBe([1, 2]);
    }

    [Fact]
    public void ExtensionsReadTablesTasksFootnotesStrikethroughAndAutolinks()
    {
        var blocks = Read.Blocks("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~old~~ https://docs.docker.com note[^1]\n\n[^1]: 注释");
        var table = blocks.OfType<Table>().Single();
        table.Alignments.ShouldBe([ColumnAlign.Left, ColumnAlign.Right]);
        table.Header.Single().Cells.Select(c => InlineText.Of(c.Content)).ShouldBe(["a", "b"]);
        table.Body.Single().Cells[1].Align.ShouldBe(ColumnAlign.Right);
        blocks.OfType<ListBlock>().Single().Items.Select(i => i.Checked).ShouldBe([true, false]);
        var paragraph = blocks.OfType<Paragraph>().Single().Content;
        paragraph.OfType<Strikethrough>().ShouldHaveSingleItem();
        paragraph.OfType<Link>().Single().Target.ShouldBe(new UnresolvedTarget("https://docs.docker.com"));
        paragraph.OfType<FootnoteReference>().Single().Number.ShouldBe(1);
        var note = blocks.OfType<FootnoteDefinition>().Single();
        note.Label.ShouldBe("1");
        InlineText.Of(((Paragraph)note.Content[0]).Content).ShouldBe("注释");
    }

    [Fact]
    public void AnOrderedListKeepsItsStartNumber() =>
        Read.Blocks("3. three\n4. four").OfType<ListBlock>().Single().ShouldSatisfyAllConditions(
            l => l.Ordered.ShouldBeTrue(), l => l.Start.ShouldBe(3), l => l.Items.Count.ShouldBe(2));

    [Fact]
    public void AFenceInfoStringNamesItsLanguageByTheFirstWord()
    {
        Read.Blocks("```rust,no_run,noplayground\nfn main() {}\n```").OfType<CodeBlock>().Single().Language.ShouldBe("rust");
        Read.Blocks("```bash\necho 你好\n```").OfType<CodeBlock>().Single().ShouldSatisfyAllConditions(
            c => c.Language.ShouldBe("bash"), c => c.Code.ShouldBe("echo 你好"));
    }

    [Fact]
    public void FrontMatterMaySetTheTitleAndLinesCountFromTheFileStart()
    {
        var sink = new DiagnosticSink();
        var file = IDocBook.Core.Markdown.MarkdownReader.Read("---\ntitle: 前言\n---\n\n# 正文\n", "a.md", sink);
        file.FrontMatter["title"].ShouldBe("前言");
        file.Blocks.OfType<Heading>().Single().Source.ShouldBe(new SourceSpan("a.md", 5, 1));
    }

    [Fact]
    public void GitHubAlertsBecomeAsides()
    {
        var div = Read.Blocks("> [!WARNING]\n> 小心").OfType<Div>().Single();
        div.Attributes.Classes.ShouldBe(["alert", "alert-warning"]);
    }

    [Fact]
    public void HeadingAttributesSetTheIdAndClasses()
    {
        var heading = Read.Blocks("## 安装 {#install .note}").OfType<Heading>().Single();
        heading.Attributes.Id.ShouldBe("install");
        heading.Attributes.Classes.ShouldContain("note");
        InlineText.Of(heading.Content).Trim().ShouldBe("安装");
    }
}
