using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Diagram languages IDocBook does not draw (PlantUML, Graphviz DOT) stay code blocks. The author
/// hears it once per book, at the first such block, rather than once per block. Mermaid is drawn by
/// the diagram stage, which speaks for itself.
/// </summary>
public static class DiagramNotice
{
    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase) { "plantuml", "puml", "dot", "graphviz" };

    public static void Report(Book book, DiagnosticSink sink)
    {
        var diagrams = book.Chapters.SelectMany(c => Walk.Blocks(c.Blocks)).OfType<CodeBlock>()
            .Where(c => c.Language is { } language && Languages.Contains(language)).ToList();
        if (diagrams.Count == 0) return;
        sink.Report(Codes.DiagramsNotRendered,
            $"{diagrams.Count} diagram block{(diagrams.Count == 1 ? "" : "s")} ({string.Join(", ", diagrams.Select(d => d.Language!.ToLowerInvariant()).Distinct())}) {(diagrams.Count == 1 ? "is" : "are")} shown as code; IDocBook draws mermaid diagrams only.",
            diagrams[0].Source, "Export the diagram as SVG or PNG and include the image to show it drawn.");
    }
}
