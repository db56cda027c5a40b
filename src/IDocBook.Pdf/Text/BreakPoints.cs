using System.Globalization;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 3: where lines may end. Body text: ICU's UAX #14 line breaker for <c>zh</c> (CJK between any two
/// ideographs, Latin words whole, no break before 。，」), then <see cref="Kinsoku"/> for what ICU lets
/// through; inside inline code, <see cref="CodeBreaks"/> instead of ICU; in Latin words, hyphenation
/// points (<see cref="Hyphenation"/>). Preformatted text: any grapheme boundary, preferring those after
/// a space or punctuation. Forced breaks: after a line feed and after a piece with <see cref="StyledText.BreakAfter"/>.
/// </summary>
internal static class BreakPoints
{
    /// <returns>One <see cref="BreakKind"/> per position 0..n (a break before character i); [n] is Hard.</returns>
    public static byte[] Find(ShapedParagraph shaped, bool hyphenate = false)
    {
        var text = shaped.Text;
        var s = text.Text;
        var n = s.Length;
        var kinds = new byte[n + 1];
        MarkGraphemes(s, kinds);
        if (text.Preformatted) MarkPreferred(s, kinds);
        else
        {
            MarkIcu(s, kinds);
            CodeBreaks.Mark(text, kinds);
            if (hyphenate) Hyphenation.Mark(text, kinds);
        }

        for (var i = 1; i < n; i++)
        {
            if (!shaped.ClusterStart[i]) kinds[i] = BreakKind.None;
            else if (!text.Preformatted && kinds[i] is BreakKind.Soft or BreakKind.Grapheme && Violates(s, i)) kinds[i] = BreakKind.None;
        }

        for (var i = 0; i < n; i++)
        {
            if (s[i] == '\n') kinds[i + 1] = BreakKind.Hard;
        }
        for (var k = 0; k < text.Pieces.Count; k++)
        {
            if (text.Pieces[k].BreakAfter) kinds[text.Starts[k + 1]] = BreakKind.Hard;
        }
        kinds[0] = BreakKind.None;
        kinds[n] = BreakKind.Hard;
        return kinds;
    }

    private static void MarkGraphemes(string s, byte[] kinds)
    {
        for (var i = 0; i < s.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(s.AsSpan(i));
            if (length == 0) break;
            i += length;
            kinds[i] = BreakKind.Grapheme;
        }
    }

    private static void MarkIcu(string s, byte[] kinds) => IcuLineBreaker.Breaks(s, b => kinds[b] = BreakKind.Soft);

    // Code: after a run of spaces, or after punctuation that ends a token (, ; ) / . - = etc.).
    private static void MarkPreferred(string s, byte[] kinds)
    {
        for (var i = 1; i < s.Length; i++)
        {
            var before = s[i - 1];
            var preferred = before is ' ' or '\t' ? s[i] is not (' ' or '\t') : before is ',' or ';' or ')' or ']' or '}' or '/' or '.' or '-' or '=' or '&' or '|' or '，' or '。';
            if (preferred && kinds[i] != BreakKind.None) kinds[i] = BreakKind.Soft;
        }
    }

    /// <summary>A break before <paramref name="i"/> would start a line with closing punctuation or end one with opening.</summary>
    internal static bool Violates(string s, int i)
    {
        var start = i;
        while (start < s.Length && s[start] == ' ') start++;
        var end = i - 1;
        while (end >= 0 && s[end] == ' ') end--;
        return (start < s.Length && Kinsoku.CannotStartLine(s[start]))
            || (end >= 0 && Kinsoku.CannotEndLine(s[end]));
    }
}
