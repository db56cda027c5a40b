namespace IDocBook.Core.Model;

/// <summary>
/// A diagram drawn from its source (a <c>mermaid</c> code block) by the diagram stage: the laid-out
/// <see cref="Scene"/> is what both writers draw, the EPUB as an SVG image and the PDF as vectors
/// and text in the book's fonts. <see cref="Code"/> is the source as the author wrote it, which is
/// also the diagram's description for readers who cannot see it.
/// </summary>
public sealed record Diagram(string Language, string Code, DiagramScene Scene, SourceSpan Source) : Block(Source)
{
    /// <summary>The diagram's title (front matter <c>title:</c> or <c>accTitle:</c>), if the author gave one.</summary>
    public string? Title { get; init; }

    /// <summary>What the author wrote to describe it (<c>accDescr</c>); when null, <see cref="Code"/> describes it.</summary>
    public string? Description { get; init; }
}
