using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Recovers which source characters each glyph of a run stands for (offsets into its text), because
/// <see cref="GlyphRun"/> carries glyphs and text but no clusters.
/// </summary>
/// <remarks>
/// Glyphs that are exactly the font's cmap glyph of the character at the same place, counted from the
/// start and from the end, get that character's own cluster. In scripts that never reorder (U+0590
/// to U+1FFF holds the right-to-left and Indic scripts, and more), what lies between is aligned:
/// a ligature takes the characters up to the next glyph's, and alternates one character each.
/// Otherwise (a reordered or decomposed sequence) it becomes one cluster holding the rest of the
/// text, which the page writes as a single /ActualText span: coarse, but the text always extracts.
/// </remarks>
internal static class ClusterMap
{
    public static int[] Clusters(GlyphRun run)
    {
        var offsets = new List<int>();
        var cmap = new List<ushort>();
        var offset = 0;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            offsets.Add(offset);
            cmap.Add(run.Font.Glyphs.GetValueOrDefault(rune.Value));
            offset += rune.Utf16SequenceLength;
        }

        var glyphs = run.Glyphs;
        var clusters = new int[glyphs.Length];
        var head = 0;
        while (head < glyphs.Length && head < cmap.Count && glyphs[head] == cmap[head] && cmap[head] != 0)
        {
            clusters[head] = offsets[head];
            head++;
        }
        var tail = 0;
        while (tail < glyphs.Length - head && tail < cmap.Count - head
               && glyphs[^(tail + 1)] == cmap[^(tail + 1)] && cmap[^(tail + 1)] != 0)
        {
            clusters[^(tail + 1)] = offsets[^(tail + 1)];
            tail++;
        }
        var end = glyphs.Length - tail;
        var charactersEnd = offsets.Count - tail;
        if (head < end && run.Text.AsSpan(offsets.Count > head ? offsets[head] : 0).IndexOfAnyInRange('\u0590', '\u1FFF') < 0
            && (Align(glyphs, cmap, offsets, head, end, charactersEnd, clusters) || OneToOne(offsets, head, end, charactersEnd, clusters)))
        {
            return clusters;
        }
        var middle = head < offsets.Count ? offsets[head] : offsets.Count > 0 ? offsets[^1] : 0;
        for (var i = head; i < end; i++)
        {
            clusters[i] = middle;
        }
        return clusters;
    }

    // A glyph that is not its character's cmap glyph (a ligature) stands for the characters up to
    // the one whose cmap glyph comes next: "office" is o, ffi, c, e.
    private static bool Align(ushort[] glyphs, List<ushort> cmap, List<int> offsets, int head, int end, int charactersEnd, int[] clusters)
    {
        int g = head, c = head;
        while (g < end && c < charactersEnd)
        {
            clusters[g] = offsets[c];
            if (glyphs[g] == cmap[c] && cmap[c] != 0)
            {
                g++;
                c++;
                continue;
            }
            var stop = c + 1;
            if (g + 1 < end)
            {
                while (stop < charactersEnd && cmap[stop] != glyphs[g + 1]) stop++;
                if (stop == charactersEnd) return false;
            }
            else stop = charactersEnd;
            g++;
            c = stop;
        }
        return g == end && c == charactersEnd;
    }

    // As many glyphs as characters: alternates (proportional digits, code ligatures drawn as one
    // glyph per character) keep a character each.
    private static bool OneToOne(List<int> offsets, int head, int end, int charactersEnd, int[] clusters)
    {
        if (end - head != charactersEnd - head) return false;
        for (var i = head; i < end; i++) clusters[i] = offsets[i];
        return true;
    }
}
