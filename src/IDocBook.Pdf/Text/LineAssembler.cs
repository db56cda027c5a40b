using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 6: a line span becomes a <see cref="TextLine"/>: glyphs placed from the line's left edge,
/// justification space added at the chosen gaps, runs split where piece (style, link) or face changes,
/// each run carrying exactly the source text of its glyphs.
/// </summary>
internal static class LineAssembler
{
    /// <summary>
    /// Appends the runs for characters [start, end) at <paramref name="x"/>; returns the right edge.
    /// Before each character but the first goes its lead (autospace) and <paramref name="ratio"/> times
    /// its gap's stretch or shrink; a first character that is an opening mark starts its blank half early.
    /// </summary>
    public static float AppendRuns(ShapedParagraph shaped, int start, int end, float x, float ratio, List<GlyphRun> runs, bool isMark = false)
    {
        var s = shaped.Text.Text;
        var first = shaped.FirstGlyph[start];
        var last = shaped.FirstGlyph[end];
        if (start > 0 && end > start && shaped.StartTrim is { } trim) x -= trim[start];
        var lead = shaped.Lead;
        var g = first;
        var textStart = start;
        while (g < last || textStart < end)
        {
            // One run: consecutive glyphs of one piece and one face.
            var item = g < last ? shaped.Items[shaped.ItemOf[g]] : shaped.Items[ItemAt(shaped, textStart)];
            var runEnd = g;
            while (runEnd < last && SameRun(shaped.Items[shaped.ItemOf[runEnd]], item)) runEnd++;
            // The run's text reaches to the next run's first character (or the line end), so invisible
            // characters and skipped line feeds between glyphs stay in some run's text.
            var textEnd = runEnd < last ? shaped.Clusters[runEnd] : end;

            var count = runEnd - g;
            var glyphs = new ushort[count];
            var xs = new float[count];
            var left = x;
            for (var k = 0; k < count; k++, g++)
            {
                var cluster = shaped.Clusters[g];
                if (cluster > start && (g == first || shaped.Clusters[g - 1] != cluster))
                {
                    // The gaps of characters without glyphs (invisible ones) before this one count too.
                    var from = g == first ? start + 1 : shaped.Clusters[g - 1] + 1;
                    for (var c = from; c <= cluster; c++)
                    {
                        if (lead is not null) x += lead[c];
                        if (ratio != 0) x += ratio * (ratio > 0 ? shaped.StretchAt(c) : shaped.ShrinkAt(c));
                    }
                    if (k == 0) left = x;
                }
                glyphs[k] = shaped.Glyphs[g];
                xs[k] = x + shaped.Offsets[g];
                x += shaped.Advances[g];
            }
            var piece = shaped.Text.Pieces[item.Piece];
            runs.Add(new GlyphRun(item.Face, piece.Style, glyphs, xs, s[textStart..textEnd], x - left, piece.Link) { IsContinuationMark = isMark });
            textStart = textEnd;
            if (count == 0) break; // only invisible text was left: it went into this run
        }
        return x;
    }

    private static bool SameRun(Item a, Item b) => a.Piece == b.Piece && a.Face == b.Face;

    private static int ItemAt(ShapedParagraph shaped, int index)
    {
        for (var k = 0; k < shaped.Items.Count; k++)
        {
            if (shaped.Items[k].End > index) return k;
        }
        return shaped.Items.Count - 1;
    }

    /// <summary>Line height and baseline from the largest size and the faces' ascent and descent (half-leading above and below).</summary>
    public static (float Height, float Baseline) Metrics(IReadOnlyList<GlyphRun> runs, ShapedParagraph shaped, int at, FontSet fonts, float lineHeight)
    {
        float size = 0, ascent = 0, descent = 0;
        if (runs.Count == 0)
        {
            var style = shaped.Text.Pieces[shaped.Text.PieceAt(at)].Style;
            var m = fonts.MetricsOf(fonts.Primary(style.Font));
            (size, ascent, descent) = (style.Size, m.Ascent * style.Size, m.Descent * style.Size);
        }
        foreach (var run in runs)
        {
            var m = fonts.MetricsOf(run.Font);
            size = Math.Max(size, run.Style.Size);
            ascent = Math.Max(ascent, m.Ascent * run.Style.Size);
            descent = Math.Max(descent, m.Descent * run.Style.Size);
        }
        var height = lineHeight * size;
        return (height, (height - ascent - descent) / 2 + ascent);
    }
}
