using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

/// <summary>Config files of the three layouts, and IDocBook's own overriding them.</summary>
public class BookLayoutTests
{
    [Fact]
    public void GitBookStructureNamesTheSummaryAndTheIntroduction()
    {
        using var dir = new TempBook()
            .With("book.json", "{ \"title\": \"T\", \"structure\": { \"summary\": \"TOC.md\", \"readme\": \"INTRO.md\" } }")
            .With("TOC.md", "# Summary\n\n* [One](one.md)\n")
            .With("INTRO.md", "# 前言\n")
            .With("one.md", "# One\n");
        var book = Read.CleanBook(dir.Root);
        book.Chapters.Select(c => c.SourcePath).ShouldBe(["INTRO.md", "one.md"]);
        book.Chapters.First().Kind.ShouldBe(ChapterKind.Prefix);
    }

    [Fact]
    public void IDocBooksOwnConfigOverridesBookJsonAndBookToml()
    {
        using var dir = new TempBook()
            .With("book.json", "{ \"title\": \"From JSON\", \"author\": \"J\", \"description\": \"json\" }")
            .With("book.toml", "[book]\ntitle = \"From TOML\"\nlanguage = \"en\"\nsrc = \"src\"\n")
            .With("book.yml", "title: 来自 YAML\nlanguage: zh-CN\nnumbering: true\n")
            .With("src/SUMMARY.md", "- [A](a.md)\n")
            .With("src/a.md", "# A\n\n## B\n");
        var book = Read.CleanBook(dir.Root);
        book.Metadata.ShouldSatisfyAllConditions(
            m => m.Title.ShouldBe("来自 YAML"), m => m.Language.ShouldBe("zh-CN"), m => m.Authors.ShouldBe(["J"]),
            m => m.Description.ShouldBe("json"), m => m.NumberSections.ShouldBeTrue());
        book.Chapters.Single().Blocks.OfType<Heading>().Select(h => h.Number).ShouldBe(["1", "1.1"]);
    }

    [Fact]
    public void AChapterFoldersLowerCaseSummaryIsReadAsAChapterNotATableOfContents()
    {
        using var dir = new TempBook()
            .With("SUMMARY.md", "* [Part](part/README.md)\n  * [Recap](part/summary.md)\n")
            .With("part/README.md", "# Part\n")
            .With("part/summary.md", "# Recap\n\n* [Not a chapter](../nowhere.md)\n");
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink)!;
        book.Chapters.Select(c => c.SourcePath).ShouldBe(["part/README.md", "part/summary.md"]);
        sink.All.Single().Code.ShouldBe("IDB0201");
    }
}
