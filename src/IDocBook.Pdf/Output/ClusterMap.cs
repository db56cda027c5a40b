using System.Text;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Recovers which source characters each glyph of a run stands for (UTF-8 byte offsets), because
/// <see cref="GlyphRun"/> carries glyphs and text but no clusters.
/// </summary>
/// <remarks>
/// Glyphs that are exactly the font's cmap glyph of the character at the same place, counted from the
/// start and from the end, get that character's own cluster. Whatever lies between (a ligature, a
/// reordered or decomposed sequence, a .notdef box) becomes one cluster holding the rest of the text,
/// which Skia writes as a single /ActualText span: coarse, but the text always extracts.
/// A middle of several .notdef glyphs for several characters is one multi-glyph cluster already.
/// </remarks>
internal static class ClusterMap
{
    public static uint[] Clusters(GlyphRun run, SKFont font)
    {
        var offsets = new List<uint>();
        var codePoints = new List<int>();
        var offset = 0;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            offsets.Add((uint)offset);
            codePoints.Add(rune.Value);
            offset += rune.Utf8SequenceLength;
        }
        var cmap = new ushort[codePoints.Count];
        for (var i = 0; i < cmap.Length; i++)
        {
            cmap[i] = font.GetGlyph(codePoints[i]);
        }

        var glyphs = run.Glyphs;
        var clusters = new uint[glyphs.Length];
        var head = 0;
        while (head < glyphs.Length && head < cmap.Length && glyphs[head] == cmap[head] && cmap[head] != 0)
        {
            clusters[head] = offsets[head];
            head++;
        }
        var tail = 0;
        while (tail < glyphs.Length - head && tail < cmap.Length - head
               && glyphs[^(tail + 1)] == cmap[^(tail + 1)] && cmap[^(tail + 1)] != 0)
        {
            clusters[^(tail + 1)] = offsets[^(tail + 1)];
            tail++;
        }
        var end = glyphs.Length - tail;
        // Skia maps a lone .notdef glyph to nothing (it writes no ToUnicode entry for glyph 0), so
        // a middle holding one is joined with a neighbouring glyph: a cluster of two glyphs always
        // gets /ActualText.
        if (end - head == 1 && glyphs[head] == 0)
        {
            if (head > 0) head--;
            else if (end < glyphs.Length) end++;
        }
        var middle = head < offsets.Count ? offsets[head] : offsets.Count > 0 ? offsets[^1] : 0;
        for (var i = head; i < end; i++)
        {
            clusters[i] = middle;
        }
        return clusters;
    }
}
