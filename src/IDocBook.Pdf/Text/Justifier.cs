namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 5: how much a justified line stretches or shrinks its glue. Every gap takes its share in
/// proportion to its own stretch (or shrink), as TeX sets glue: word spaces widen more than the gaps
/// between CJK characters, and a Latin word is never spaced out. A closing mark at the line end gives
/// back its blank half first, when the line must shrink.
/// </summary>
internal static class Justifier
{
    /// <summary>The adjustment ratio r: each gap changes by r times its stretch (r &gt; 0) or shrink (r &lt; 0).</summary>
    public static float Ratio(ShapedParagraph shaped, int start, int end, float natural, float room, bool hyphen)
    {
        if (Math.Abs(natural - room) <= LineBreaker.Epsilon) return 0;
        if (natural < room)
        {
            var stretch = shaped.Stretch(start, end);
            return stretch > 0 ? (room - natural) / stretch : 0;
        }
        var shrink = shaped.Shrink(start, end);
        if (shaped.EndShrink is { } endShrink && end > start && !hyphen) shrink += endShrink[end - 1];
        return shrink > 0 ? Math.Max(-1, (room - natural) / shrink) : 0;
    }
}
