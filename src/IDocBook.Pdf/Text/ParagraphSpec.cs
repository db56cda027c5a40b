namespace IDocBook.Pdf.Text;

public enum TextAlign { Justify, Left, Center, Right }

/// <summary>What to set: content, measure, and the paragraph's rules.</summary>
public sealed record ParagraphSpec(IReadOnlyList<StyledText> Content, float Width)
{
    public TextAlign Align { get; init; } = TextAlign.Justify;
    /// <summary>Indent of the first line in points (2em for body paragraphs).</summary>
    public float FirstLineIndent { get; init; }
    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public float LineHeight { get; init; } = 1.6f;
    /// <summary>Code: keep every space, break long lines anywhere, mark continuations.</summary>
    public bool Preformatted { get; init; }
    /// <summary>Drawn at the end of a line that a preformatted line was wrapped from (e.g. "↘").</summary>
    public string? ContinuationMark { get; init; }
    /// <summary>Hyphenate only words wider than the measure (table cells: a word that fits its column stays whole).</summary>
    public bool HyphenateOnlyWhatCannotFit { get; init; }
    /// <summary>Where the text comes from, named in diagnostics (a character no font has).</summary>
    public IDocBook.Core.Model.SourceSpan? Source { get; init; }
}
