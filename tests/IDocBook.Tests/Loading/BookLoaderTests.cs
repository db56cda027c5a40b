using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class BookLoaderTests
{
    [Fact]
    public void AFolderBookReadsConfigSummaryAndChapterTitles()
    {
        using var dir = new TempBook()
            .With("book.yml", "title: 测试书\nlanguage: zh-CN\nauthor: 某人\ndate: 2024-05-01\nname: test-book\n")
            .With("SUMMARY.md", "# Summary\n\n* [第一章](a.md)\n  * [小节](sub/b.md)\n")
            .With("a.md", "### 第一章\n\n正文[下一节](sub/b.md#细节)。")
            .With("sub/b.md", "# 小节\n\n## 细节\n\n[回去](../a.md)");
        var book = Read.CleanBook(dir.Root);
        book.Metadata.ShouldSatisfyAllConditions(
            m => m.Title.ShouldBe("测试书"), m => m.Language.ShouldBe("zh-CN"), m => m.Authors.ShouldBe(["某人"]),
            m => m.Name.ShouldBe("test-book"), m => m.Date.ShouldBe(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)),
            m => m.Identifier.ShouldStartWith("urn:uuid:"));
        var chapters = book.Chapters.ToList();
        chapters.Select(c => c.Id).ShouldBe(["a", "sub-b"]);
        chapters[0].Children.Single().Title.ShouldBe("小节");
        var link = chapters[0].Blocks.OfType<Paragraph>().Single().Content.OfType<Link>().Single();
        link.Target.ShouldBe(new InternalTarget("sub-b", "细节"));
        chapters[1].Blocks.OfType<Paragraph>().Single().Content.OfType<Link>().Single().Target.ShouldBe(new InternalTarget("a", null));
    }

    [Fact]
    public void ChaptersOfEveryPartAreParsedTogetherAndLandInTheirOwnPart()
    {
        using var dir = new TempBook()
            .With("SUMMARY.md", "# Summary\n\n* [简介](README.md)\n\n## 基础\n\n* [安装](a.md)\n  * [Linux](a1.md)\n\n## 进阶\n\n* [网络](b.md)\n* [存储](c.md)\n\n## 附录\n\n* [术语](d.md)\n")
            .With("README.md", "# 简介").With("a.md", "# 安装").With("a1.md", "# Linux").With("b.md", "# 网络").With("c.md", "# 存储").With("d.md", "# 术语");

        var book = Read.CleanBook(dir.Root);

        book.Parts.Select(p => p.Title).ShouldBe([null, "基础", "进阶", "附录"]);
        book.Parts.Select(p => string.Join(",", p.Chapters.Select(c => c.Id))).ShouldBe(["README", "a", "b,c", "d"]);
        book.Parts[1].Chapters.Single().Children.Single().Id.ShouldBe("a1");
        book.Chapters.Select(c => c.Title).ShouldBe(["简介", "安装", "Linux", "网络", "存储", "术语"]);
    }

    [Fact]
    public void WhatACoverShowsIsKnownBeforeTheChaptersAreParsed()
    {
        using var dir = new TempBook()
            .With("book.yml", "title: 测试书\nsubtitle: 副标题\nauthors: [甲, 乙]\n")
            .With("SUMMARY.md", "* [A](a.md)").With("a.md", "# A");
        var stages = new Core.Timing.Stages();
        var heard = new List<(CoverText Text, string[] StagesDone)>();

        var book = BookReader.Read(dir.Root, new DiagnosticSink(), stages, coverTextKnown: text => heard.Add((text, [.. stages.All.Select(s => s.Stage)])));

        var (text, done) = heard.ShouldHaveSingleItem();
        text.Key.ShouldBe(CoverText.Of(book!.Metadata).Key);
        text.ShouldSatisfyAllConditions(t => t.Title.ShouldBe("测试书"), t => t.Subtitle.ShouldBe("副标题"), t => t.Authors.ShouldBe(["甲", "乙"]));
        done.ShouldBeEmpty(); // heard while the settings are read, before the summary and the chapters
    }

    [Fact]
    public void ABookWithItsOwnCoverImageAnnouncesNoCoverText()
    {
        using var dir = new TempBook()
            .With("book.yml", "title: 书\ncover: cover.png\n")
            .With("cover.png", TestImages.GreyPng(4, 6))
            .With("SUMMARY.md", "* [A](a.md)").With("a.md", "# A");
        var heard = 0;
        BookReader.Read(dir.Root, new DiagnosticSink(), coverTextKnown: _ => heard++);
        heard.ShouldBe(0);
    }

    [Fact]
    public void TheIdentifierIsDerivedStablyWhenNotConfigured()
    {
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)").With("a.md", "# A");
        var first = BookReader.Read(dir.Root, new DiagnosticSink())!.Metadata.Identifier;
        var second = BookReader.Read(dir.Root, new DiagnosticSink())!.Metadata.Identifier;
        first.ShouldBe(second);
        first.ShouldMatch("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    }

    [Fact]
    public void MissingChaptersAnchorsAndImagesAreReportedWithTheirPlace()
    {
        using var dir = new TempBook()
            .With("SUMMARY.md", "* [A](a.md)\n* [Gone](gone.md)\n* [A again](a.md)\n")
            .With("a.md", "# A\n\n[x](nowhere.md) [y](#nope) ![pic](missing.png) ![far](../../etc/passwd) ![web](https://example.com/x.png)");
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink)!;
        book.Chapters.Count().ShouldBe(1);
        var codes = sink.All.Select(d => $"{d.Code}@{d.Source!.File}:{d.Source.Line}").ToList();
        codes.ShouldBe([
            "IDB0003@SUMMARY.md:2", "IDB0004@SUMMARY.md:3",
            "IDB0201@a.md:3", "IDB0202@a.md:3", "IDB0301@a.md:3", "IDB0005@a.md:3", "IDB0302@a.md:3",
        ], ignoreOrder: true);
        // The duplicate is an error since 0.2 (issue 15): a second entry is usually a link meant for another file.
        sink.ErrorCount.ShouldBe(4);
    }

    [Fact]
    public void AMislabelledImageIsStoredAsWhatItIs()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)").With("a.md", "![门口的猫](img/photo.jpg)").With("img/photo.jpg", png);
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink)!;
        book.Resources.Single().ShouldSatisfyAllConditions(r => r.Href.ShouldBe("img/photo.jpg"), r => r.MediaType.ShouldBe("image/png"));
        book.Chapters.Single().Blocks.OfType<Figure>().Single().Image.ResourceHref.ShouldBe("img/photo.jpg");
        sink.All.Single().Code.ShouldBe("IDB0304");
    }

    [Fact]
    public void ASingleFileSplitsAtTheFirstLevelBelowTheTitle()
    {
        using var dir = new TempBook().With("seed.md", "# 书名\n\n---\n\n### 第一章\n\n正文\n\n#### 小节\n\n### 第二章\n\n[回到小节](#小节)");
        var sink = new DiagnosticSink();
        var book = BookReader.Read(Path.Combine(dir.Root, "seed.md"), sink)!;
        sink.All.ShouldBeEmpty();
        book.Metadata.Title.ShouldBe("书名");
        book.Metadata.Name.ShouldBe("seed");
        book.Chapters.Select(c => c.Title).ShouldBe(["第一章", "第二章"]);
        book.Chapters.First().Blocks.OfType<Heading>().Select(h => h.Level).ShouldBe([1, 2]);
        book.Chapters.Last().Blocks.OfType<Paragraph>().Single().Content.OfType<Link>().Single().Target
            .ShouldBe(new InternalTarget(book.Chapters.First().Id, "小节"));
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsLineAndReplaced()
    {
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)").With("a.md", [.. "# A\n\nok\n"u8.ToArray(), 0xFF, 0xFE, (byte)'x']);
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink)!;
        sink.All.Single().ShouldSatisfyAllConditions(d => d.Code.ShouldBe("IDB0007"), d => d.Source!.Line.ShouldBe(4));
        InlineText.Of(book.Chapters.Single().Blocks.OfType<Paragraph>().Last().Content).ShouldContain("\uFFFD");
    }

    [Fact]
    public void AMissingBookIsAnError()
    {
        var sink = new DiagnosticSink();
        BookReader.Read("/nonexistent/book", sink).ShouldBeNull();
        sink.All.Single().Code.ShouldBe("IDB0001");
    }
}
