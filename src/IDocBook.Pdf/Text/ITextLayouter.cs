namespace IDocBook.Pdf.Text;

/// <summary>
/// Sets a paragraph into lines: shaping, line breaking (UAX #14 with kinsoku) and justification.
/// The page layout only sees this, so layout rules are testable with a simple fake.
/// </summary>
public interface ITextLayouter
{
    IReadOnlyList<TextLine> Layout(ParagraphSpec paragraph);

    /// <summary>Advance width of <paramref name="text"/> in one style, on one line (page numbers, leaders).</summary>
    float Measure(string text, TextStyle style);

    /// <summary>The paragraph's min-content width (its widest unbreakable piece, hyphenation aside) and max-content width (its widest line unbroken).</summary>
    ContentWidths Widths(ParagraphSpec paragraph);
}

/// <summary>CSS's intrinsic widths of a paragraph, in points.</summary>
public readonly record struct ContentWidths(float Min, float Max);
