namespace IDocBook.Pdf.Text;

/// <summary>
/// Marks the hyphenation points of Latin words outside code. A word is a run of Latin letters of
/// at least five; it is left whole when its token (the text between spaces) looks like a URL, a path,
/// a file or an identifier (/ : @ . _ \ = # digits inside), or when it has a capital after its first
/// letter (camelCase, acronyms).
/// </summary>
internal static class Hyphenation
{
    private const int MinWord = 5;

    [ThreadStatic] private static List<int>? t_points;

    public static void Mark(ParagraphText text, byte[] kinds)
    {
        var s = text.Text;
        var points = t_points ??= [];
        for (var k = 0; k < text.Pieces.Count; k++)
        {
            if (CodeBreaks.IsCode(text.Pieces[k])) continue;
            int start = text.Starts[k], end = text.Starts[k + 1];
            for (var i = start; i < end;)
            {
                if (!IsLetter(s[i])) { i++; continue; }
                var w = i;
                while (w < end && IsLetter(s[w])) w++;
                if (w - i >= MinWord && Hyphenable(s, i, w))
                {
                    points.Clear();
                    Hyphenator.English.Points(s.AsSpan(i, w - i), points);
                    foreach (var point in points)
                    {
                        if (kinds[i + point] is BreakKind.None or BreakKind.Grapheme) kinds[i + point] = BreakKind.Hyphen;
                    }
                }
                i = w;
            }
        }
    }

    /// <summary>Removes the hyphenation points of words no wider than <paramref name="width"/>.</summary>
    public static void KeepOnlyInWordsWiderThan(ShapedParagraph shaped, byte[] kinds, float width)
    {
        var s = shaped.Text.Text;
        for (var p = 1; p < s.Length; p++)
        {
            if (kinds[p] != BreakKind.Hyphen) continue;
            var a = p - 1;
            while (a > 0 && IsLetter(s[a - 1])) a--;
            var b = p;
            while (b < s.Length && IsLetter(s[b])) b++;
            if (shaped.Width(a, b) > width) { p = b; continue; }
            for (var q = a + 1; q < b; q++) if (kinds[q] == BreakKind.Hyphen) kinds[q] = BreakKind.None;
            p = b;
        }
    }

    /// <summary>Whether position p lies inside a word that may take a hyphen (not camelCase, not part of a URL or path).</summary>
    public static bool InsideHyphenableWord(string s, int p)
    {
        if (p <= 0 || p >= s.Length || !IsLetter(s[p - 1]) || !IsLetter(s[p])) return false;
        var a = p - 1;
        while (a > 0 && IsLetter(s[a - 1])) a--;
        var b = p;
        while (b < s.Length && IsLetter(s[b])) b++;
        return Hyphenable(s, a, b);
    }

    public static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7';

    private static bool Hyphenable(string s, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsUpper(s[i])) return false;
        }
        // The token around the word: up to spaces or CJK on both sides.
        var a = start;
        while (a > 0 && !Ends(s[a - 1])) a--;
        var b = end;
        while (b < s.Length && !Ends(s[b])) b++;
        // Sentence punctuation and brackets at the token's ends do not count.
        while (a < start && IsEdge(s[a])) a++;
        while (b > end && IsEdge(s[b - 1])) b--;
        for (var i = a; i < b; i++)
        {
            var c = s[i];
            if (c is '/' or ':' or '@' or '.' or '_' or '\\' or '=' or '#' or '~' || char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    private static bool Ends(char c) => c is ' ' or '\t' or '\n' or '\u00A0' || c >= '\u2E80';

    private static bool IsEdge(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '[' or ']' or '“' or '”' or '‘' or '’';
}
