using System.Text;
using IDocBook.Core.Text;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 2b, between shaping and line breaking: the space around characters that CJK typography
/// asks for, and the glue that justification may stretch or shrink.
/// <list type="bullet">
/// <item>Punctuation (clreq §3.1.5): where two full-width marks meet, one gives up its blank half
/// (。」 ）， “「); in 开明式 every mark but 。！？ is half width. A line starting with an opening mark
/// drops its blank half (CSS <c>text-spacing-trim: space-first</c>), and a closing mark at a line end
/// may give its blank back when the line must shrink. Marks may hang (<see cref="TypesetSettings.HangingPunctuation"/>).</item>
/// <item>Autospace (clreq §3.2.2): a quarter em between an ideograph and a Latin letter or digit that
/// touch; a single source space between them becomes that same quarter em.</item>
/// <item>Glue: a word space stretches by half and shrinks by a third of itself (TeX's ratios; in code none), a gap
/// beside a CJK character stretches by <see cref="CjkStretch"/> em and never shrinks, autospace
/// stretches and shrinks a little.</item>
/// </list>
/// </summary>
internal static class Spacing
{
    public const float CjkStretch = 0.1f;
    public const float AutospaceWidth = 0.25f;
    private const float AutospaceStretch = 0.15f;
    private const float AutospaceShrink = 0.08f;

    private const byte Other = 0, Ideograph = 1, Latin = 2, Space = 3, WideOther = 4, Skip = 5;

    public static void Apply(ShapedParagraph shaped, FontSet fonts, TypesetSettings settings)
    {
        var text = shaped.Text;
        var s = text.Text;
        var n = s.Length;
        var stretch = new float[n + 1];
        var shrink = new float[n + 1];
        var classes = new byte[n];
        var sizes = new float[n];
        float[]? before = null, after = null;

        // Classes, sizes and the blanks of full-width marks.
        for (var k = 0; k < text.Pieces.Count; k++) sizes.AsSpan(text.Starts[k], text.Starts[k + 1] - text.Starts[k]).Fill(text.Pieces[k].Style.Size);
        for (var i = 0; i < n; i++)
        {
            if (!shaped.ClusterStart[i] || char.IsLowSurrogate(s[i])) { classes[i] = Skip; continue; }
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out _);
            var cp = rune.Value;
            classes[i] = Classify(cp);
            if (classes[i] == Skip || !Punctuation.IsMark(s[i])) continue;
            var g = shaped.FirstGlyph[i];
            if (g >= shaped.Count || shaped.Clusters[g] != i) continue;
            var face = shaped.Items[shaped.ItemOf[g]].Face;
            var (b, a) = Punctuation.Blanks(face, shaped.Glyphs[g], shaped.Advances[g], sizes[i]);
            if (b == 0 && a == 0) continue;
            before ??= new float[n];
            after ??= new float[n];
            before[i] = b;
            after[i] = a;
            classes[i] = WideOther;
        }

        if (before is not null && after is not null) Compress(shaped, settings, classes, before, after);

        float[]? lead = null;
        var previous = -1; // the last visible character, across pieces; reset by a line feed
        var piece = 0;
        for (var i = 0; i < n; i++)
        {
            while (piece + 1 < text.Pieces.Count && text.Starts[piece + 1] <= i) piece++;
            var cls = classes[i];
            if (cls == Skip) continue;
            if (s[i] is '\n' or '\r') { previous = -1; continue; }
            var em = sizes[i];
            if (cls == Space)
            {
                var g = shaped.FirstGlyph[i];
                var next = NextVisible(classes, s, i + 1);
                if (previous >= 0 && next >= 0 && s[i] != '\t' && classes[next] != Space && Touches(classes[previous], classes[next]))
                {
                    // A typed space between Chinese and Latin becomes the autospace itself.
                    var quarter = AutospaceWidth * Math.Max(sizes[previous], sizes[next]);
                    if (g < shaped.Count && shaped.Clusters[g] == i) shaped.Advances[g] = quarter;
                    stretch[i + 1] = AutospaceStretch * em;
                    shrink[i + 1] = AutospaceShrink * em;
                }
                else if (previous >= 0 && !CodeBreaks.IsCode(text.Pieces[piece]))
                {
                    // A space's glue is the gap after it: justification widens the space, not the word before.
                    // Spaces in code keep the monospace grid: no glue, as TeX's typewriter fonts have none.
                    var width = g < shaped.Count && shaped.Clusters[g] == i ? shaped.Advances[g] : 0.25f * em;
                    stretch[i + 1] = width / 2;
                    shrink[i + 1] = width / 3;
                }
                previous = i;
                continue;
            }
            if (previous >= 0 && classes[previous] != Space)
            {
                var p = classes[previous];
                if (Touches(p, cls))
                {
                    lead ??= new float[n];
                    var quarter = AutospaceWidth * Math.Max(sizes[previous], em);
                    lead[i] = quarter;
                    stretch[i] = AutospaceStretch * em;
                    shrink[i] = AutospaceShrink * em;
                }
                else if (p is Ideograph or WideOther || cls is Ideograph or WideOther)
                {
                    stretch[i] = CjkStretch * em;
                }
            }
            previous = i;
        }

        // What lines may give back at their ends, and what may hang.
        if (before is not null && after is not null)
        {
            for (var i = 0; i < n; i++)
            {
                if (before[i] > 0) (shaped.StartTrim ??= new float[n + 1])[i] = before[i];
                if (after[i] > 0) (shaped.EndShrink ??= new float[n + 1])[i] = after[i];
                if (settings.HangingPunctuation && Punctuation.CanHang(s[i]) && classes[i] == WideOther)
                {
                    var g = shaped.FirstGlyph[i];
                    (shaped.Hang ??= new float[n + 1])[i] = shaped.Advances[g] - after[i];
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            stretch[i + 1] += stretch[i];
            shrink[i + 1] += shrink[i];
        }
        // Slot sums: StretchPrefix[k] is the glue of the gaps before characters 0..k-1.
        for (var i = n; i > 0; i--)
        {
            stretch[i] = stretch[i - 1];
            shrink[i] = shrink[i - 1];
        }
        stretch[0] = shrink[0] = 0;
        shaped.StretchPrefix = stretch;
        shaped.ShrinkPrefix = shrink;
        shaped.Lead = lead;
        shaped.SumAdvances();
    }

    /// <summary>Where two marks meet, the first gives up the blank after it, or the second the blank before it.</summary>
    private static void Compress(ShapedParagraph shaped, TypesetSettings settings, byte[] classes, float[] before, float[] after)
    {
        var s = shaped.Text.Text;
        if (settings.Punctuation == PunctuationStyle.Kaiming)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (Punctuation.IsStop(s[i])) continue;
                if (after[i] > 0) TrimAfter(shaped, i, after);
                if (before[i] > 0) TrimBefore(shaped, i, before);
            }
        }
        var previous = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (classes[i] == Skip) continue;
            if (previous >= 0 && (before[i] > 0 || after[i] > 0) && (before[previous] > 0 || after[previous] > 0))
            {
                if (after[previous] > 0) TrimAfter(shaped, previous, after);      // 。」  ）（  ，“
                else if (before[i] > 0) TrimBefore(shaped, i, before);           // 「《
            }
            previous = before[i] > 0 || after[i] > 0 || Punctuation.IsMark(s[i]) ? i : -1;
        }
    }

    private static void TrimAfter(ShapedParagraph shaped, int i, float[] after)
    {
        shaped.Advances[shaped.FirstGlyph[i]] -= after[i];
        after[i] = 0;
    }

    private static void TrimBefore(ShapedParagraph shaped, int i, float[] before)
    {
        var g = shaped.FirstGlyph[i];
        shaped.Advances[g] -= before[i];
        shaped.Offsets[g] -= before[i];
        before[i] = 0;
    }

    private static bool Touches(byte a, byte b) => (a == Ideograph && b == Latin) || (a == Latin && b == Ideograph);

    private static int NextVisible(byte[] classes, string s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (s[i] is '\n' or '\r') return -1;
            if (classes[i] != Skip) return i;
        }
        return -1;
    }

    private static byte Classify(int cp)
    {
        // ASCII and ideographs first: they are nearly all of a book, and the general path asks for
        // Unicode categories (twice for a Latin letter).
        if (cp < 0x80)
        {
            if (cp is ' ' or '\t') return Space;
            if (cp is '\n' or '\r') return Other;
            if (cp < 0x20 || cp == 0x7F) return Skip;
            return char.IsAsciiLetterOrDigit((char)cp) ? Latin : Other;
        }
        if (cp is >= 0x4E00 and <= 0x9FFF) return Ideograph;
        if (cp is ' ' or '\t' or '\u00A0') return Space;
        if (cp is '\n' or '\r') return Other;
        if (Invisible.Is(cp)) return Skip;
        if (IsIdeograph(cp)) return Ideograph;
        if (Cjk.IsWide(cp)) return WideOther;
        if (cp < 0x2000 && Rune.IsLetterOrDigit(new Rune(cp))) return Latin;
        return Other;
    }

    /// <summary>Han, kana and bopomofo: the characters autospace keeps apart from Latin (not punctuation or full-width forms).</summary>
    public static bool IsIdeograph(int cp) =>
        cp is >= 0x2E80 and <= 0x2FDF or 0x3005 or 0x3007 or >= 0x3040 and <= 0x31FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
}
