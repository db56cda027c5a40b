namespace IDocBook.Core.Model;

/// <summary>Where a node came from: a path relative to the book root, 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>For nodes the tool makes itself (a generated title page, a cover).</summary>
    public static readonly SourceSpan None = new("", 0, 0);

    public SourceSpan At(int line, int column) => this with { Line = line, Column = column };

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
