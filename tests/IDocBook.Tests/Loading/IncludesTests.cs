using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class IncludesTests
{
    private const string Code = "fn main() {\n    // ANCHOR: body\n    let x = 1;\n    // ANCHOR: inner\n    let y = 2;\n    // ANCHOR_END: inner\n    println!(\"{x}{y}\");\n    // ANCHOR_END: body\n}\n";

    private static (ExpandedText Text, DiagnosticSink Sink) Expand(TempBook book, string path)
    {
        var sink = new DiagnosticSink();
        var files = new BookFiles(book.Root);
        return (new Includes(files, sink).Expand(File.ReadAllText(Path.Combine(book.Root, path)), path), sink);
    }

    [Theory]
    [InlineData("{{#include code/main.rs}}", "fn main() {|    // ANCHOR: body|    let x = 1;|    // ANCHOR: inner|    let y = 2;|    // ANCHOR_END: inner|    println!(\"{x}{y}\");|    // ANCHOR_END: body|}")]
    [InlineData("{{#include code/main.rs:3}}", "    let x = 1;")]
    [InlineData("{{#include code/main.rs:3:5}}", "    let x = 1;|    // ANCHOR: inner|    let y = 2;")]
    [InlineData("{{#include code/main.rs::2}}", "fn main() {|    // ANCHOR: body")]
    [InlineData("{{#include code/main.rs:8:}}", "    // ANCHOR_END: body|}")]
    [InlineData("{{#include code/main.rs:body}}", "    let x = 1;|    let y = 2;|    println!(\"{x}{y}\");")]
    [InlineData("{{#include code/main.rs:inner}}", "    let y = 2;")]
    [InlineData("{{#rustdoc_include code/main.rs:3}}", "    let x = 1;")]
    [InlineData("{{ #include  code/main.rs:3 }}", "    let x = 1;")]
    [InlineData(@"\{{#include code/main.rs}}", "{{#include code/main.rs}}")]
    public void IncludesSelectLinesAsMdBookDoes(string directive, string expected)
    {
        using var book = new TempBook().With("code/main.rs", Code).With("ch.md", directive + "\n");
        var (text, sink) = Expand(book, "ch.md");
        sink.All.ShouldBeEmpty();
        text.Text.ShouldBe(expected.Replace('|', '\n') + "\n");
    }

    [Fact]
    public void IncludedLinesKeepTheirFileAndLineAndNestedIncludesAreRelativeToTheirFile()
    {
        using var book = new TempBook()
            .With("src/ch.md", "# T\n\n{{#include parts/a.md}}\nafter\n")
            .With("src/parts/a.md", "a1\n{{#include b.md}}\na3\n")
            .With("src/parts/b.md", "b1\nb2\n");
        var (text, sink) = Expand(book, "src/ch.md");
        sink.All.ShouldBeEmpty();
        text.Text.ShouldBe("# T\n\na1\nb1\nb2\na3\nafter\n");
        text.Lines!.Select(o => $"{o.File}:{o.Line}").ShouldBe([
            "src/ch.md:1", "src/ch.md:2", "src/parts/a.md:1", "src/parts/b.md:1", "src/parts/b.md:2", "src/parts/a.md:3", "src/ch.md:4", "src/ch.md:5",
        ]);
    }

    [Fact]
    public void ADiagnosticInIncludedTextNamesTheIncludedFile()
    {
        using var book = new TempBook()
            .With("SUMMARY.md", "* [A](a.md)\n")
            .With("a.md", "# A\n\n{{#include inc/part.md}}\n")
            .With("inc/part.md", "one\n\n[broken](nowhere.md)\n");
        var sink = new DiagnosticSink();
        BookReader.Read(book.Root, sink);
        var d = sink.All.Single();
        d.Code.ShouldBe("IDB0201");
        d.Source!.ShouldSatisfyAllConditions(s => s.File.ShouldBe("inc/part.md"), s => s.Line.ShouldBe(3));
    }

    [Fact]
    public void CyclicMissingOutsideAndAnchorlessIncludesAreReportedAndLeftAsWritten()
    {
        using var book = new TempBook()
            .With("a.md", "x {{#include b.md}}\n{{#include gone.md}}\n{{#include ../../etc/passwd}}\n{{#include b.md:nope}}\n")
            .With("b.md", "b {{#include a.md}}\n");
        var (text, sink) = Expand(book, "a.md");
        sink.All.Select(d => $"{d.Code}@{d.Source!.File}:{d.Source.Line}").ShouldBe(
            ["IDB0011@a.md:2", "IDB0005@a.md:3", "IDB0013@a.md:4", "IDB0012@b.md:1"], ignoreOrder: true);
        sink.All.Single(d => d.Code == "IDB0012").Message.ShouldContain("a.md → b.md → a.md");
        text.Text.ShouldBe("x b {{#include a.md}}\n{{#include gone.md}}\n{{#include ../../etc/passwd}}\n{{#include b.md:nope}}\n");
    }

    [Fact]
    public void TheTitleDirectiveIsRemovedAndNamesAChapterTheSummaryDoesNotName()
    {
        using var book = new TempBook().With("intro.md", "{{#title 开始之前}}\n# Heading\n\ntext\n");
        var sink = new DiagnosticSink();
        var read = BookReader.Read(book.Root, sink)!;
        sink.All.ShouldBeEmpty();
        var chapter = read.Chapters.Single();
        chapter.Title.ShouldBe("开始之前");
        Walk(chapter).ShouldNotContain("{{");
    }

    [Fact]
    public void IncludesWorkInsideCodeFences()
    {
        using var book = new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n```rust\n{{#include main.rs:body}}\n```\n").With("main.rs", Code);
        var read = BookReader.Read(book.Root, new DiagnosticSink())!;
        read.Chapters.Single().Blocks.OfType<CodeBlock>().Single().Code.ShouldBe("    let x = 1;\n    let y = 2;\n    println!(\"{x}{y}\");");
    }

    private static string Walk(Chapter chapter) => string.Concat(IDocBook.Core.Transforms.Walk.Inlines(chapter.Blocks).OfType<Text>().Select(t => t.Value));
}
