using IDocBook.Core.Model;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>
/// tests/fixtures/diagrams (every syntax point) and a generated book of 50 diagrams, built the way
/// <c>idocbook build</c> builds them: counts, labels, no overlapping nodes, valid EPUB and PDF, and
/// every label extractable from the PDF.
/// </summary>
public sealed class GivenDrawnDiagrams
{
    private static readonly Lazy<BuiltBook> Fifty = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "idocbook-fifty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        FiftyDiagrams.WriteTo(folder);
        try
        {
            return new BuiltBook(folder);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    });

    private static IReadOnlyList<Drawn> DrawnIn(BuiltBook book) =>
        [.. book.Model.Chapters.SelectMany(c => Core.Transforms.Walk.Blocks(c.Blocks)).OfType<Diagram>()
            .Select(d => new Drawn(d, IDocBook.Epub.DiagramSvg.Write(d)))];

    [Fact]
    public void TheFixtureDrawsEveryDiagramItCanWithTheRightNodesEdgesAndLabels()
    {
        var drawn = DrawnIn(FixtureBooks.Diagrams);
        drawn.Count.ShouldBe(9);
        var architecture = drawn[0];
        (architecture.Nodes.Count, architecture.Edges, architecture.Paths("cluster").Count()).ShouldBe((6, 6, 3));
        architecture.Labels.ShouldBe(["客户端 Client", "宿主机 Docker Host", "对象 Objects", "REST API", "调用", "拉取 pull", "docker CLI", "Docker Compose",
            "守护进程", "dockerd", "镜像", "Images", "容器 Containers", "镜像仓库", "Registry"], ignoreOrder: true);
        (drawn[1].Nodes.Count, drawn[1].Edges).ShouldBe((14, 10));
        (drawn[2].Nodes.Count, drawn[2].Edges).ShouldBe((34, 16));
        drawn[2].Labels.ShouldContain("引号 [with] {brackets}");
        (drawn[3].Nodes.Count, drawn[3].Edges).ShouldBe((7, 7));
        (drawn[4].Nodes.Count, drawn[4].Edges, drawn[4].Paths("cluster").Count()).ShouldBe((7, 6, 3));
        (drawn[5].Nodes.Count, drawn[5].Edges).ShouldBe((7, 8));
        drawn[5].Labels.ShouldContain("主进程在运行");
        drawn[6].Labels.ShouldContain("失败 Failed");
        drawn[7].Labels.ShouldContain("用户 User");
        drawn[8].Labels.ShouldContain("双向 both ways");
    }

    [Fact]
    public void NoTwoNodesOverlapAndEveryNodeHoldsItsLabel()
    {
        foreach (var drawn in DrawnIn(FixtureBooks.Diagrams).Concat(DrawnIn(Fifty.Value)))
        {
            drawn.OverlappingNodes().ShouldBeEmpty(drawn.Diagram.Code);
            var nodes = drawn.Nodes;
            var scene = new Drawn.Box(0, 0, drawn.Diagram.Scene.Width, drawn.Diagram.Scene.Height);
            foreach (var (text, box) in drawn.Texts)
                scene.Contains(box, 0.5f).ShouldBeTrue($"'{text}' runs out of the picture in\n{drawn.Diagram.Code}");
            // A label that starts inside a node ends inside it.
            foreach (var (text, box) in drawn.Texts)
                if (nodes.FirstOrDefault(n => n.Contains(box with { Right = box.Left + 0.1f }, 0)) is { } node)
                    node.Contains(box, 0.5f).ShouldBeTrue($"'{text}' runs out of its node in\n{drawn.Diagram.Code}");
        }
    }

    [Fact]
    public void TheFixturesWarningsAndNotesAreTheExpectedOnes()
    {
        FixtureBooks.Codes(FixtureBooks.Diagrams).ShouldBe(
            ["IDB0131@unsupported.md:5", "IDB0131@unsupported.md:16", "IDB0130@unsupported.md:27", "IDB0105@unsupported.md:30"]);
        _ = FixtureBooks.Diagrams.Pdf;
        FixtureBooks.Diagrams.PdfDiagnostics.All.ShouldBeEmpty(string.Join("\n", FixtureBooks.Diagrams.PdfDiagnostics.All));
    }

    [Fact]
    public void ADiagramTooTallForThePageIsScaledDownWithAWarning()
    {
        using var folder = new TempBook().With("SUMMARY.md", "* [A](a.md)\n")
            .With("a.md", "# A\n\n```mermaid\nflowchart TD\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"  n{i} --> n{i + 1}\n")) + "```\n");
        var book = new BuiltBook(folder.Root);
        _ = book.Pdf;
        var warning = book.PdfDiagnostics.All.Single();
        warning.ShouldSatisfyAllConditions(d => d.Code.ShouldBe("IDB0132"), d => d.Source!.Line.ShouldBe(3),
            d => d.Message.ShouldMatch(@"^The diagram is \d+ × \d+ pt and is printed at \d+ % of its size, with labels of [\d.]+ pt\.$"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(book.Pdf);
        // Scaled to fit: the whole chain is on one page.
        pdf.GetPages().Single(p => p.Text.Contains("n30")).Text.ShouldContain("n0");
    }

    [Fact]
    public void FiftyDiagramsAreAllDrawnInTheEpubAsSvgImagesWithTheirSource()
    {
        var book = Fifty.Value;
        book.Diagnostics.All.ShouldBeEmpty(string.Join("\n", book.Diagnostics.All));
        DrawnIn(book).Count.ShouldBe(FiftyDiagrams.Count);
        var svgs = book.Epub.EntryNames.Where(n => n.StartsWith("OEBPS/images/diagram-", StringComparison.Ordinal)).ToList();
        svgs.Count.ShouldBe(FiftyDiagrams.Count);
        book.Epub.Text("OEBPS/content.opf").ShouldContain("href=\"images/diagram-050.svg\" media-type=\"image/svg+xml\"");
        book.Epub.Text("OEBPS/text/ch0.xhtml").ShouldContain("<img src=\"../images/diagram-001.svg\" alt=\"flowchart LR");
        book.Epub.Text(svgs[0]).ShouldContain("<desc>flowchart LR");
    }

    [SkippableFact]
    public void FiftyDiagramsPassEpubCheckWithNoMessages() => PassesEpubCheck(Fifty.Value, "fifty");

    [SkippableFact]
    public void FiftyDiagramsMakeAPdfThatPassesQpdfWithEveryLabelExtractable() => PdfHoldsEveryLabel(Fifty.Value);

    [SkippableFact]
    public void TheFixturesPdfHoldsEveryLabel() => PdfHoldsEveryLabel(FixtureBooks.Diagrams);

    private static void PassesEpubCheck(BuiltBook book, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"idocbook-{name}-{Guid.NewGuid():N}.epub");
        File.WriteAllBytes(path, book.Epub.Bytes);
        try
        {
            var result = EpubCheck.Run(path);
            result.Messages.ShouldBeEmpty(result.ToString());
        }
        finally { File.Delete(path); }
    }

    private static void PdfHoldsEveryLabel(BuiltBook book)
    {
        PdfTools.SkipUnlessAvailable("qpdf");
        PdfTools.SkipUnlessAvailable("pdftotext");
        using var saved = PdfTools.Save(book.Pdf);
        var check = PdfTools.QpdfCheck(saved.Path);
        check.ExitCode.ShouldBe(0, check.ToString());
        PdfTools.PdfFonts(saved.Path).ShouldAllBe(f => f.Type == "CID TrueType" && f.Embedded && f.Subset);
        var text = Squeeze(PdfTools.PdfToText(saved.Path));
        foreach (var label in DrawnIn(book).SelectMany(d => d.Diagram.Scene.Texts).Select(t => Squeeze(t.Text)).Distinct())
            text.ShouldContain(label, Case.Sensitive, $"'{label}' is not in the PDF's text");
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
