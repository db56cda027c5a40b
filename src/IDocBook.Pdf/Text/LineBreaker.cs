namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 4: first-fit line breaking — each line takes the last break that fits. Chosen over
/// Knuth–Plass because CJK text can break almost anywhere, so greedy lines are already even, and
/// because it is linear and needs no look-ahead (300 pages/s). Justification then fills the lines.
/// </summary>
internal static class LineBreaker
{
    /// <param name="firstWidth">Room on the first line (the measure minus the first-line indent).</param>
    /// <param name="width">Room on the other lines.</param>
    /// <param name="markWidth">Room a continuation mark takes on a wrapped preformatted line.</param>
    public static List<LineSpan> Run(ShapedParagraph shaped, byte[] kinds, float firstWidth, float width, float markWidth)
    {
        var lines = new List<LineSpan>();
        var n = shaped.Text.Length;
        var pre = shaped.Text.Preformatted;
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
            var fits = shaped.Width(start, TrimEnd(shaped, start, hard)) <= room + Epsilon;
            var end = fits ? hard : -1;
            if (end < 0)
            {
                // The rest does not fit before the next forced break: wrap, leaving room for the mark.
                end = Wrap(shaped, kinds, start, pre ? room - markWidth : room);
                lines.Add(new LineSpan(start, TrimEnd(shaped, start, end), end, Forced: false, Wrapped: true, IsLast: false));
            }
            else
            {
                lines.Add(new LineSpan(start, TrimEnd(shaped, start, end), end, Forced: end < n, Wrapped: false, IsLast: end >= n));
            }
            start = end;
        }
        while (start < n);
        return lines;
    }

    /// <summary>The last soft break that fits; else the last grapheme boundary; else one grapheme (overflow).</summary>
    private static int Wrap(ShapedParagraph shaped, byte[] kinds, int start, float room)
    {
        int soft = -1, grapheme = -1, first = -1;
        for (var p = start + 1; p < kinds.Length; p++)
        {
            var kind = kinds[p];
            if (kind == BreakKind.None) continue;
            if (first < 0) first = p;
            if (shaped.Width(start, TrimEnd(shaped, start, p)) > room + Epsilon) break;
            if (kind >= BreakKind.Soft) soft = p;
            else grapheme = p;
        }
        if (shaped.Text.Preformatted)
        {
            // Code prefers a break after a space or punctuation, unless that leaves the line less than half full.
            if (soft > 0 && (grapheme < 0 || shaped.Width(start, soft) >= room / 2)) return soft;
            return grapheme > 0 ? grapheme : first;
        }
        return soft > 0 ? soft : grapheme > 0 ? grapheme : first;
    }

    /// <summary>Where the set text of a line ending at <paramref name="end"/> stops: without the break characters.</summary>
    public static int TrimEnd(ShapedParagraph shaped, int start, int end)
    {
        var s = shaped.Text.Text;
        if (end > start && s[end - 1] == '\n') end--;
        if (end > start && s[end - 1] == '\r') end--;
        if (shaped.Text.Preformatted) return end;
        while (end > start && s[end - 1] is ' ' or '\t') end--;
        return end;
    }

    // Float sums of advances may exceed an exactly fitting width by rounding noise.
    private const float Epsilon = 0.001f;
}
