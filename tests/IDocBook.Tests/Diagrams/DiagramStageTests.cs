using IDocBook.Cli.Commands;
using IDocBook.Core;
using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Diagrams;
using IDocBook.Core.Model;
using IDocBook.Media.Fonts;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>The stage in a book: what becomes a diagram, what stays code and what the author is told.</summary>
public sealed class DiagramStageTests
{
    private static TempBook Book(string markdown) => new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", markdown);

    [Fact]
    public void MermaidBlocksBecomeDiagramsAndOtherCodeStays()
    {
        using var book = Book("# A\n\n```mermaid\nflowchart LR\n  A[开始] --> B[结束]\n```\n\n```bash\necho hi\n```\n");
        var sink = new DiagnosticSink();
        var read = BookInput.Read(book.Root, sink)!;
        var blocks = read.Chapters.Single().Blocks;
        blocks.OfType<Diagram>().Single().ShouldSatisfyAllConditions(
            d => d.Code.ShouldBe("flowchart LR\n  A[开始] --> B[结束]"),
            d => d.Scene.Texts.Select(t => t.Text).ShouldBe(["开始", "结束"]),
            d => d.Source.Line.ShouldBe(3));
        blocks.OfType<CodeBlock>().Single().Language.ShouldBe("bash");
        sink.All.ShouldBeEmpty();
    }

    [Fact]
    public void NoDiagramsKeepsEveryBlockAsCodeAndSaysNothing()
    {
        using var book = Book("# A\n\n```mermaid\nflowchart LR\n  A --> B\n```\n");
        var sink = new DiagnosticSink();
        var read = BookInput.Read(book.Root, sink, diagrams: false)!;
        read.Chapters.Single().Blocks.OfType<CodeBlock>().Single().Language.ShouldBe("mermaid");
        read.Chapters.Single().Blocks.OfType<Diagram>().ShouldBeEmpty();
        sink.All.ShouldBeEmpty();
    }

    [Fact]
    public void ASyntaxErrorIsAWarningAtItsLineAndColumnInTheChapterAndTheBlockStaysCode()
    {
        // The fence is on line 5, indented by two spaces inside a list item; the error is on the
        // block's second line, at column 5 of the source (the label's '[').
        using var book = Book("# A\n\ntext\n\n- ```mermaid\n  flowchart TD\n    A[开始 --> B\n  ```\n");
        var sink = new DiagnosticSink();
        var read = BookInput.Read(book.Root, sink)!;
        var warning = sink.All.Single();
        warning.ShouldSatisfyAllConditions(
            d => d.Code.ShouldBe("IDB0130"), d => d.Severity.ShouldBe(Severity.Warning),
            d => (d.Source!.File, d.Source.Line, d.Source.Column).ShouldBe(("a.md", 7, 6)),
            d => d.Message.ShouldBe("The mermaid diagram is not drawn and is shown as code: the label that starts here is not closed with ']'."),
            d => d.Hint!.ShouldEndWith("."));
        Core.Transforms.Walk.Blocks(read.Chapters.Single().Blocks).OfType<CodeBlock>().Single().Language.ShouldBe("mermaid");
    }

    [Fact]
    public void UnsupportedTypesStayCodeWithOneNotePerType()
    {
        using var book = Book("# A\n\n```mermaid\npie\n  \"a\" : 1\n```\n\n```mermaid\npie\n  \"b\" : 2\n```\n\n```mermaid\ngantt\n  title x\n```\n\n```mermaid\nclassDiagram\n  A <|-- B\n```\n");
        var sink = new DiagnosticSink();
        var read = BookInput.Read(book.Root, sink)!;
        read.Chapters.Single().Blocks.OfType<CodeBlock>().Count().ShouldBe(4);
        sink.All.Select(d => (d.Code, d.Severity, d.Source!.Line, d.Message)).ShouldBe(
        [
            ("IDB0131", Severity.Note, 3, "2 mermaid diagrams of type 'pie' are shown as code."),
            ("IDB0131", Severity.Note, 13, "1 mermaid diagram of type 'gantt' is shown as code."),
            ("IDB0131", Severity.Note, 18, "1 mermaid diagram of type 'classDiagram' is shown as code."),
        ]);
    }

    [Fact]
    public void EqualSourcesAreLaidOutOnceAndACacheKeepsThemForTheNextBuild()
    {
        const string source = "```mermaid\nflowchart LR\n  A --> B\n```\n";
        using var book = Book($"# A\n\n{source}\n{source}");
        var cache = new BuildCache();
        var first = BookReader.Read(book.Root, new DiagnosticSink(), cache: cache, diagrams: LabelMeasure.Bundled)!;
        var diagrams = first.Chapters.Single().Blocks.OfType<Diagram>().ToList();
        diagrams.Count.ShouldBe(2);
        diagrams[1].Scene.ShouldBeSameAs(diagrams[0].Scene);
        var second = BookReader.Read(book.Root, new DiagnosticSink(), cache: cache, diagrams: LabelMeasure.Bundled)!;
        second.Chapters.Single().Blocks.OfType<Diagram>().First().Scene.ShouldBeSameAs(diagrams[0].Scene);
    }

    [Fact]
    public void HostileDiagramsStayCodeWithAWarning()
    {
        var stage = new DiagramStage(LabelMeasure.Bundled);
        var huge = "flowchart TD\n" + string.Concat(Enumerable.Range(0, 1100).Select(i => $"  n{i} --> n{i + 1}\n"));
        stage.Draw(huge).Problem!.Value.Message.ShouldContain("more than 1000 nodes");
        var deep = "flowchart TD\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"subgraph s{i}\n")) + "a\n" + string.Concat(Enumerable.Repeat("end\n", 40));
        stage.Draw(deep).Problem!.Value.Message.ShouldContain("nested more than 32 deep");
        stage.Draw("").Problem!.Value.Message.ShouldBe("the diagram is empty");
        stage.Draw("sequenceDiagram\n").Problem!.Value.Message.ShouldBe("the sequence diagram has no participants");
        stage.Draw("flowchart TD\n  A[" + new string('字', 5000) + "]").Scene.ShouldNotBeNull();
    }

    [Fact]
    public void TheStageAppearsInTimings()
    {
        using var book = Book("# A\n\n```mermaid\nflowchart LR\n  A --> B\n```\n");
        var stages = new Core.Timing.Stages();
        BookInput.Read(book.Root, new DiagnosticSink(), stages);
        stages.All.Select(s => s.Stage).ShouldContain("diagrams");
    }
}
