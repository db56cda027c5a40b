using System.Text;
using HarfBuzzSharp;
using IDocBook.Pdf.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 2: shape each item with HarfBuzz. Code points go in one by one with their UTF-16 index as
/// cluster, which lets us leave out invisible characters and line feeds (no glyph, no box) and send a
/// tab as a space. Positions come in font units (scale = units per em) and become points here.
/// </summary>
internal static class Shaper
{
    /// <summary>Tab width in spaces in preformatted text (the rule: a tab is four spaces).</summary>
    public const int TabSpaces = 4;

    private static readonly Language Chinese = new("zh");
    private static readonly Language English = new("en");

    // Code shows the characters typed: a code font's ligatures draw != as ≠ and -> as →, which in a
    // table explaining the operator != is simply wrong. Contextual alternates (calt) are how
    // JetBrains Mono and its kind make most of them, so all three are off.
    private static readonly Feature[] CodeFeatures =
    [
        new(new Tag('l', 'i', 'g', 'a'), 0),
        new(new Tag('c', 'a', 'l', 't'), 0),
        new(new Tag('d', 'l', 'i', 'g'), 0),
    ];

    // HarfBuzz buffers are not thread-safe but are cheap to reuse: one per thread, cleared per item.
    [ThreadStatic] private static Buffer? t_buffer;

    public static ShapedParagraph Shape(ParagraphText text, IReadOnlyList<Item> items, FontSet fonts)
    {
        var shaped = new ShapedParagraph(text, items);
        var buffer = t_buffer ??= new Buffer();
        for (var k = 0; k < items.Count; k++) ShapeItem(shaped, k, fonts, buffer);
        shaped.Complete();
        return shaped;
    }

    private static void ShapeItem(ShapedParagraph shaped, int k, FontSet fonts, Buffer buffer)
    {
        var item = shaped.Items[k];
        var s = shaped.Text.Text;
        var size = shaped.Text.Pieces[item.Piece].Style.Size;
        var scale = size / fonts.MetricsOf(item.Face).UnitsPerEm;
        var tabFactor = shaped.Text.Preformatted ? TabSpaces : 1;

        buffer.ClearContents();
        // Add(codepoint, cluster) is hb_buffer_add, which HarfBuzzSharp only allows on a Unicode buffer;
        // a cleared buffer has no content type yet.
        buffer.ContentType = ContentType.Unicode;
        buffer.Direction = Direction.LeftToRight;
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        // Most items hold nothing to leave out: they go to HarfBuzz in one call, their clusters then
        // counted from the item's start. The rest go in code point by code point.
        var clusterBase = 0;
        if (item.Missing)
        {
            // No font has these characters: each is drawn as the box, and extracts as itself.
            if (!AddEach(buffer, s, item.Start, item.End, FontSet.Box)) return;
        }
        else if (NothingToLeaveOut(s.AsSpan(item.Start, item.End - item.Start)))
        {
            if (item.End == item.Start) return;
            buffer.AddUtf16(s.AsSpan(item.Start, item.End - item.Start));
            clusterBase = item.Start;
        }
        else if (!AddEach(buffer, s, item.Start, item.End))
        {
            return;
        }
        if (item.Wide)
        {
            buffer.Script = Script.Han;
            buffer.Language = Chinese;
        }
        else
        {
            buffer.GuessSegmentProperties();
            // Guessing would take the process locale's language: fixed instead, so output is the same everywhere.
            buffer.Language = English;
        }
        if (shaped.Text.Pieces[item.Piece].Style.Font == FontRole.Mono) item.Face.Shaper.Shape(buffer, CodeFeatures);
        else item.Face.Shaper.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        for (var g = 0; g < infos.Length; g++)
        {
            var cluster = clusterBase + (int)infos[g].Cluster;
            var advance = positions[g].XAdvance * scale;
            if (s[cluster] == '\t') advance *= tabFactor;
            shaped.Add((ushort)infos[g].Codepoint, advance, positions[g].XOffset * scale, cluster, k);
        }
    }

    /// <summary>True when every character is drawn as itself: no line feed, tab, invisible or surrogate.</summary>
    private static bool NothingToLeaveOut(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t' || char.IsSurrogate(c) || Invisible.Is(c)) return false;
        }
        return true;
    }

    /// <summary>Adds the characters one by one, leaving out invisible ones and line feeds and sending a tab as a space (or each as <paramref name="instead"/>); false when none was added.</summary>
    private static bool AddEach(Buffer buffer, string s, int start, int end, int? instead = null)
    {
        var added = 0;
        for (var i = start; i < end;)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var length);
            var cp = rune.Value;
            if (!(cp is '\n' or '\r' || Invisible.Is(cp)))
            {
                buffer.Add((uint)(instead ?? (cp == '\t' ? ' ' : cp)), (uint)i);
                added++;
            }
            i += length;
        }
        return added > 0;
    }
}
