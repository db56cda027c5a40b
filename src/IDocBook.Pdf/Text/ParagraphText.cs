namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 0: the paragraph's pieces joined into one string, so shaping and line breaking see the text
/// across style changes (ICU must know that 中 + **文** has no word boundary).
/// </summary>
internal sealed class ParagraphText
{
    public string Text { get; }
    public IReadOnlyList<StyledText> Pieces { get; }
    /// <summary>Start of each piece in <see cref="Text"/>, plus the end: piece k is [Starts[k], Starts[k+1]).</summary>
    public int[] Starts { get; }
    public bool Preformatted { get; }

    public ParagraphText(IReadOnlyList<StyledText> pieces, bool preformatted)
    {
        Pieces = pieces;
        Preformatted = preformatted;
        Starts = new int[pieces.Count + 1];
        var total = 0;
        for (var k = 0; k < pieces.Count; k++)
        {
            Starts[k] = total;
            total += pieces[k].Text.Length;
        }
        Starts[pieces.Count] = total;
        Text = pieces.Count == 1 ? pieces[0].Text : string.Concat(pieces.Select(p => p.Text));
    }

    public int Length => Text.Length;

    /// <summary>The piece holding character <paramref name="index"/> (the last piece at the end of text).</summary>
    public int PieceAt(int index)
    {
        var k = Array.BinarySearch(Starts, 0, Pieces.Count, index);
        if (k < 0) k = ~k - 1;
        // Empty pieces share a start with the next one: the character belongs to the last of them.
        while (k + 1 < Pieces.Count && Starts[k + 1] <= index) k++;
        return Math.Clamp(k, 0, Pieces.Count - 1);
    }
}
