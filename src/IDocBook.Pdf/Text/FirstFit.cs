namespace IDocBook.Pdf.Text;

/// <summary>
/// Line breaking for preformatted text (code blocks, leaders): each line takes as much as fits, as
/// an editor's soft wrap does. Code is set ragged, so there is nothing for an optimum to even out,
/// and a wrapped code line should be full up to its continuation mark.
/// </summary>
internal static class FirstFit
{
    /// <param name="firstWidth">Room on the first line (the measure minus the first-line indent).</param>
    /// <param name="width">Room on the other lines.</param>
    /// <param name="markWidth">Room a continuation mark takes on a wrapped line.</param>
    public static List<LineSpan> Run(ShapedParagraph shaped, byte[] kinds, float firstWidth, float width, float markWidth)
    {
        var lines = new List<LineSpan>();
        var n = shaped.Text.Length;
        if (n == 0) return [new LineSpan(0, 0, 0, Forced: false, Wrapped: false, IsLast: true)];
        var start = 0;
        var hard = 0;
        do
        {
            var room = lines.Count == 0 ? firstWidth : width;
            // The next forced break, found once per stretch rather than once per line.
            if (hard <= start)
            {
                hard = start + 1;
                while (kinds[hard] != BreakKind.Hard) hard++;
            }
            var fits = shaped.Width(start, LineBreaker.TrimEnd(shaped, start, hard)) <= room + LineBreaker.Epsilon;
            if (!fits)
            {
                // The rest does not fit before the next forced break: wrap, leaving room for the mark.
                var end = Wrap(shaped, kinds, start, room - markWidth);
                lines.Add(new LineSpan(start, LineBreaker.TrimEnd(shaped, start, end), end, Forced: false, Wrapped: true, IsLast: false));
                start = end;
            }
            else
            {
                lines.Add(new LineSpan(start, LineBreaker.TrimEnd(shaped, start, hard), hard, Forced: hard < n, Wrapped: false, IsLast: hard >= n));
                start = hard;
            }
        }
        while (start < n);
        return lines;
    }

    /// <summary>A break after a space or punctuation that fits, unless that leaves the line less than half full; else the last grapheme boundary; else one grapheme (overflow).</summary>
    private static int Wrap(ShapedParagraph shaped, byte[] kinds, int start, float room)
    {
        int soft = -1, grapheme = -1, first = -1;
        for (var p = start + 1; p < kinds.Length; p++)
        {
            var kind = kinds[p];
            if (kind == BreakKind.None) continue;
            if (first < 0) first = p;
            if (shaped.Width(start, LineBreaker.TrimEnd(shaped, start, p)) > room + LineBreaker.Epsilon) break;
            if (kind >= BreakKind.Soft) soft = p;
            else grapheme = p;
        }
        if (soft > 0 && (grapheme < 0 || shaped.Width(start, soft) >= room / 2)) return soft;
        return grapheme > 0 ? grapheme : first;
    }
}
