using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Diagrams.Layout;
using IDocBook.Core.Diagrams.Mermaid;
using IDocBook.Core.Model;
using IDocBook.Core.Threading;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Diagrams;

/// <summary>
/// The diagram stage: every <c>mermaid</c> code block whose type IDocBook draws becomes a
/// <see cref="Diagram"/> with its laid-out scene, which both writers draw. A block with a syntax
/// error stays code, with a warning at its line and column; a type IDocBook does not draw (pie,
/// gantt …) stays code with one note per type. Diagrams are laid out on every core, and equal
/// sources are laid out once (across builds too, with a cache).
/// </summary>
public sealed class DiagramStage(ITextMeasure measure, BuildCache? cache = null)
{
    /// <summary>The fence languages drawn as Mermaid.</summary>
    public static bool IsMermaid(string? language) => string.Equals(language, "mermaid", StringComparison.OrdinalIgnoreCase);

    public Book Apply(Book book, DiagnosticSink sink)
    {
        var blocks = book.Chapters.SelectMany(c => Walk.Blocks(c.Blocks)).OfType<CodeBlock>().Where(c => IsMermaid(c.Language)).ToList();
        if (blocks.Count == 0) return book;
        var known = cache?.Diagrams ?? new ReuseCache<(string Language, string Code), DiagramResult>();
        var distinct = blocks.Select(b => b.Code).Distinct(StringComparer.Ordinal).ToList();
        var results = OrderedParallel.Select(distinct, code => known.Get(("mermaid", code), k => Draw(k.Code)));
        var byCode = distinct.Zip(results).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        Report(blocks, byCode, sink);
        return Rewrite.Chapters(book, c => c with { Blocks = Rewrite.Blocks(c.Blocks, block =>
            block is CodeBlock code && IsMermaid(code.Language) && byCode.TryGetValue(code.Code, out var result) && result.Scene is { } scene
                ? new Diagram("mermaid", code.Code, scene, code.Source) { Title = result.Title, Description = result.Description }
                : block) });
    }

    /// <summary>Parses and lays out one source; never throws for bad input.</summary>
    internal DiagramResult Draw(string code)
    {
        try
        {
            return MermaidParser.Parse(code) switch
            {
                ParsedGraph graph => new DiagramResult(GraphLayout.Layout(graph.Graph, measure), graph.Title ?? graph.Graph.AccTitle, graph.Graph.AccDescription),
                ParsedSequence sequence => new DiagramResult(SequenceLayout.Layout(sequence.Sequence, measure), sequence.Title ?? sequence.Sequence.AccTitle, sequence.Sequence.AccDescription),
                UnsupportedDiagram unsupported => new DiagramResult(null, null, null) { UnsupportedType = unsupported.Type },
                _ => throw new InvalidOperationException("unknown diagram kind"),
            };
        }
        catch (MermaidSyntaxException e)
        {
            return new DiagramResult(null, null, null) { Problem = (e.Line, e.Column, e.Message) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The layout library can fail on graphs it finds degenerate; the block is then shown as code.
            return new DiagramResult(null, null, null) { Problem = (1, 1, $"the layout failed ({e.GetType().Name}: {e.Message.TrimEnd('.')})") };
        }
    }

    private static void Report(List<CodeBlock> blocks, Dictionary<string, DiagramResult> results, DiagnosticSink sink)
    {
        var unsupported = new Dictionary<string, (int Count, SourceSpan First)>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var result = results[block.Code];
            if (result.Problem is { } problem)
            {
                // The fence is the block's line; the source starts on the next one, at the fence's indent.
                var at = block.Source.Line > 0 ? block.Source.At(block.Source.Line + problem.Line, block.Source.Column + problem.Column - 1) : block.Source;
                sink.Report(Codes.DiagramSyntax, $"The mermaid diagram is not drawn and is shown as code: {problem.Message}.", at,
                    "Correct the diagram (Mermaid's live editor reports the same), or fence it as ```text to keep it as code.");
            }
            else if (result.UnsupportedType is { } type)
            {
                unsupported[type] = unsupported.TryGetValue(type, out var seen) ? (seen.Count + 1, seen.First) : (1, block.Source);
            }
        }
        foreach (var (type, (count, first)) in unsupported)
            sink.Report(Codes.DiagramTypeNotDrawn,
                $"{count} mermaid diagram{(count == 1 ? "" : "s")} of type '{type}' {(count == 1 ? "is" : "are")} shown as code.", first,
                "IDocBook draws flowchart, graph, stateDiagram and sequenceDiagram; export other types as SVG and include the image to show them drawn.");
    }
}
