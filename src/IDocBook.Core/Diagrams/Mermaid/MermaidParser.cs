namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>What a Mermaid block turned out to be.</summary>
internal abstract record ParsedDiagram;

internal sealed record ParsedGraph(GraphDiagram Graph, string Kind, string? Title) : ParsedDiagram;

internal sealed record ParsedSequence(SequenceDiagram Sequence, string? Title) : ParsedDiagram;

/// <summary>A diagram type Mermaid knows and IDocBook does not draw: it stays code.</summary>
internal sealed record UnsupportedDiagram(string Type) : ParsedDiagram;

/// <summary>Picks the parser by the diagram type on the block's first line.</summary>
internal static class MermaidParser
{
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "pie", "gantt", "classDiagram", "classDiagram-v2", "erDiagram", "journey", "gitGraph", "mindmap", "timeline",
        "quadrantChart", "requirementDiagram", "C4Context", "C4Container", "C4Component", "C4Dynamic", "C4Deployment",
        "sankey-beta", "sankey", "xychart-beta", "xychart", "block-beta", "block", "packet-beta", "packet", "kanban",
        "architecture-beta", "architecture", "zenuml", "radar-beta", "treemap-beta", "treemap", "info",
    };

    /// <exception cref="MermaidSyntaxException">The block is not valid Mermaid of a type IDocBook draws.</exception>
    public static ParsedDiagram Parse(string code)
    {
        var source = MermaidSource.Read(code) ?? throw new MermaidSyntaxException(1, 1, "the diagram is empty");
        return source.Type switch
        {
            "flowchart" or "graph" or "flowchart-elk" => new ParsedGraph(FlowchartParser.Parse(source), "flowchart", source.Title),
            "stateDiagram-v2" or "stateDiagram" => new ParsedGraph(StateParser.Parse(source), "state", source.Title),
            "sequenceDiagram" => new ParsedSequence(SequenceParser.Parse(source), source.Title),
            var type when Unsupported.Contains(type) => new UnsupportedDiagram(type),
            var type => throw new MermaidSyntaxException(source.Header.Number, source.Header.Text.IndexOf(type, StringComparison.Ordinal) + 1,
                $"'{type}' is not a Mermaid diagram type"),
        };
    }
}
