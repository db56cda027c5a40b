namespace IDocBook.Pdf.Text;

/// <summary>
/// The shaped paragraph: glyphs in text order (left to right) with their cluster (the UTF-16 index of
/// the character they come from), and per-character advances so any range's width is one subtraction.
/// Arrays are sized once per paragraph, never per character.
/// </summary>
internal sealed class ShapedParagraph
{
    public ParagraphText Text { get; }
    public IReadOnlyList<Item> Items { get; }

    public ushort[] Glyphs;
    public float[] Advances;
    public float[] Offsets;
    public int[] Clusters;
    public int[] ItemOf;
    public int Count;

    /// <summary>Prefix sums of advances: width of [a, b) is Prefix[b] − Prefix[a].</summary>
    public float[] Prefix { get; }
    /// <summary>Index of the first glyph whose cluster is at or after each character (length n + 1).</summary>
    public int[] FirstGlyph { get; }
    /// <summary>Whether a line may start at this character: false inside a surrogate pair or a ligature.</summary>
    public bool[] ClusterStart { get; }

    /// <summary>
    /// What <see cref="Spacing"/> decided (null until it ran): space added before a character (CJK–Latin
    /// autospace, part of <see cref="Prefix"/> and dropped at a line start), and the glue of the gap before
    /// each character as prefix sums, so a line's stretch and shrink are one subtraction each.
    /// </summary>
    public float[]? Lead;
    public float[] StretchPrefix = [];
    public float[] ShrinkPrefix = [];
    /// <summary>Room a line starting at a character gives back (an opening bracket's blank half); null when none does.</summary>
    public float[]? StartTrim;
    /// <summary>Room a line ending with a character may give back when it must shrink (a closing mark's blank half).</summary>
    public float[]? EndShrink;
    /// <summary>Width a line ending with a character may hang into the margin (hanging punctuation).</summary>
    public float[]? Hang;

    public ShapedParagraph(ParagraphText text, IReadOnlyList<Item> items)
    {
        Text = text;
        Items = items;
        var n = text.Length;
        // A glyph per character is the rule (CJK, Latin without ligatures), so the glyph arrays
        // start that size and grow only for text that shapes into more glyphs than characters.
        var glyphs = Math.Max(n, 4);
        Glyphs = new ushort[glyphs];
        Advances = new float[glyphs];
        Offsets = new float[glyphs];
        Clusters = new int[glyphs];
        ItemOf = new int[glyphs];
        Prefix = new float[n + 1];
        FirstGlyph = new int[n + 1];
        ClusterStart = new bool[n + 1];
    }

    public void Add(ushort glyph, float advance, float offset, int cluster, int item)
    {
        if (Count == Glyphs.Length)
        {
            var size = Count * 2;
            Array.Resize(ref Glyphs, size);
            Array.Resize(ref Advances, size);
            Array.Resize(ref Offsets, size);
            Array.Resize(ref Clusters, size);
            Array.Resize(ref ItemOf, size);
        }
        Glyphs[Count] = glyph;
        Advances[Count] = advance;
        Offsets[Count] = offset;
        Clusters[Count] = cluster;
        ItemOf[Count] = item;
        Count++;
    }

    /// <summary>Called once all items are shaped: fills <see cref="Prefix"/>, <see cref="FirstGlyph"/>, <see cref="ClusterStart"/>.</summary>
    public void Complete()
    {
        var s = Text.Text;
        var n = s.Length;
        SumAdvances();

        var glyph = 0;
        for (var i = 0; i <= n; i++)
        {
            while (glyph < Count && Clusters[glyph] < i) glyph++;
            FirstGlyph[i] = glyph;
        }

        // A glyph whose cluster starts before i and that covers i (a ligature) makes i unbreakable.
        for (var i = 0; i <= n; i++) ClusterStart[i] = i == n || !char.IsLowSurrogate(s[i]);
        for (var g = 0; g + 1 < Count; g++)
        {
            for (var c = Clusters[g] + 1; c < Clusters[g + 1]; c++)
            {
                if (!IsSkipped(s[c])) ClusterStart[c] = false;
            }
        }
    }

    /// <summary>(Re)computes <see cref="Prefix"/> from the glyph advances and the leads.</summary>
    public void SumAdvances()
    {
        var n = Text.Length;
        Array.Clear(Prefix);
        // Each character's advance goes into the slot after it, then the slots are summed in place.
        for (var g = 0; g < Count; g++) Prefix[Clusters[g] + 1] += Advances[g];
        if (Lead is { } lead) for (var i = 0; i < n; i++) Prefix[i + 1] += lead[i];
        for (var i = 0; i < n; i++) Prefix[i + 1] += Prefix[i];
    }

    /// <summary>
    /// The natural width of a line setting [start, end): without the lead of its first character, and
    /// without the blank half of an opening mark that starts any line but the paragraph's first.
    /// </summary>
    public float LineWidth(int start, int end)
    {
        var width = Prefix[end] - Prefix[start];
        if (end > start)
        {
            if (Lead is not null) width -= Lead[start];
            if (StartTrim is not null && start > 0) width -= StartTrim[start];
        }
        return width;
    }

    /// <summary>The glue of the gap before character <paramref name="i"/>: its stretch, or its shrink.</summary>
    public float StretchAt(int i) => StretchPrefix.Length > i + 1 ? StretchPrefix[i + 1] - StretchPrefix[i] : 0;

    public float ShrinkAt(int i) => ShrinkPrefix.Length > i + 1 ? ShrinkPrefix[i + 1] - ShrinkPrefix[i] : 0;

    /// <summary>The stretch of the gaps inside [start, end): the gap before <paramref name="start"/> is not in the line.</summary>
    public float Stretch(int start, int end) => end > start + 1 && StretchPrefix.Length > 0 ? StretchPrefix[end] - StretchPrefix[start + 1] : 0;

    public float Shrink(int start, int end) => end > start + 1 && ShrinkPrefix.Length > 0 ? ShrinkPrefix[end] - ShrinkPrefix[start + 1] : 0;

    // Characters that never reach HarfBuzz have no glyph, yet lines may still begin at them.
    private static bool IsSkipped(char c) => c is '\n' or '\r' || char.IsLowSurrogate(c) || Fonts.Invisible.Is(c);

    public float Width(int start, int end) => Prefix[end] - Prefix[start];
}
