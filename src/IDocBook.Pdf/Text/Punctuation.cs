using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Full-width Chinese punctuation and its blank half (W3C clreq §3.1.5). Which marks qualify comes from
/// the character; whether a given glyph is full width, and on which side its blank lies, comes from the
/// glyph itself (its advance and its ink), so the rules hold for whatever font a run was set in: a Latin
/// face's proportional “ ” has no blank to give, and a Traditional Chinese font's centred ：； give a quarter on each side.
/// </summary>
internal static class Punctuation
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(
        "，。、．：；！？）］｝」』】〕〗〙〛》〉”’｠（［｛「『【〔〖〘〚《〈“‘｟·・");

    /// <summary>The stops that keep their full em in 开明式.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create("。！？．");

    /// <summary>Marks allowed to hang at a line end.</summary>
    private static readonly SearchValues<char> Hangable = SearchValues.Create("，。、．");

    /// <summary>
    /// Each face's marks, measured once. Held weakly by the face, so a face goes with its
    /// <see cref="FontSet"/> (watch makes one per rebuild) instead of living as long as the process.
    /// </summary>
    private static readonly ConditionalWeakTable<FontFace, ConcurrentDictionary<ushort, (float Before, float After)>> Cache = new();

    public static bool IsMark(char c) => Marks.Contains(c);

    public static bool IsStop(char c) => Stops.Contains(c);

    public static bool CanHang(char c) => Hangable.Contains(c);

    /// <summary>
    /// The blank before and after the ink of a mark's glyph, in points: half the advance on the side
    /// without ink, a quarter each side for a centred dot; none for a glyph narrower than 0.9 em.
    /// </summary>
    public static (float Before, float After) Blanks(FontFace face, ushort glyph, float advance, float size)
    {
        if (advance < 0.9f * size) return (0, 0);
        var (before, after) = Cache.GetValue(face, _ => new()).GetOrAdd(glyph, (id, f) => Measure(f, id), face);
        return (before * advance, after * advance);
    }

    // As fractions of the advance, from the ink box in font units.
    private static (float, float) Measure(FontFace face, ushort glyph)
    {
        if (!face.Shaper.TryGetGlyphExtents(glyph, out var ink) || ink.Width <= 0) return (0, 0);
        var advance = (float)face.Shaper.GetHorizontalGlyphAdvance(glyph);
        if (advance <= 0) return (0, 0);
        var left = ink.XBearing / advance;
        var right = (ink.XBearing + ink.Width) / advance;
        if (right <= 0.55f) return (0, 0.5f);
        if (left >= 0.45f) return (0.5f, 0);
        if (right - left <= 0.5f && left >= 0.2f && right <= 0.8f) return (0.25f, 0.25f);
        return (0, 0);
    }
}
