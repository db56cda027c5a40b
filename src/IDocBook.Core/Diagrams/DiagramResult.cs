using IDocBook.Core.Model;

namespace IDocBook.Core.Diagrams;

/// <summary>
/// What one diagram source came to: a scene, or the reason it stays code. It depends on nothing but
/// the source (and the label fonts), so equal blocks share it and <c>watch</c> keeps it between builds.
/// </summary>
internal sealed record DiagramResult(DiagramScene? Scene, string? Title, string? Description)
{
    /// <summary>A Mermaid type IDocBook does not draw (pie, gantt …).</summary>
    public string? UnsupportedType { get; init; }

    /// <summary>Why it could not be drawn, at a 1-based line and column of the source.</summary>
    public (int Line, int Column, string Message)? Problem { get; init; }
}
