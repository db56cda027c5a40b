namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>A line of diagram source as the parsers see it: its text and its 1-based line number in the block.</summary>
internal readonly record struct SourceLine(int Number, string Text);

/// <summary>A syntax error at a line and column of the diagram's source (both 1-based).</summary>
internal sealed class MermaidSyntaxException(int line, int column, string message) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
