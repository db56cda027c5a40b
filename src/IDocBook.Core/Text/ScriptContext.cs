using System.Text;

namespace IDocBook.Core.Text;

/// <summary>
/// Characters whose width depends on the script around them: ’ “ ” are full-width in a CJK font and
/// narrow in a Latin one, and so are the dashes, the ellipsis and the middle dot. Set in the CJK
/// font between Latin letters they read "it’ s"; set in the Latin font in Chinese they crowd the
/// ideographs. Both writers ask this one rule which script each one belongs to:
/// <list type="bullet">
/// <item>A pair of quotes belongs to the sentence around it: “Docker”是 takes CJK quotes, and
/// said “你好” today Latin ones. Both marks of a pair get the same script: the script on either
/// side outside the pair when the sides agree or only one side has text, else the quoted text's
/// when the pair is all there is, else the book's language.</item>
/// <item>Any other such mark (an apostrophe, a dash, an ellipsis) takes the script of the nearest
/// letter, digit or ideograph on each side (spaces and punctuation are skipped): the two sides when
/// they agree, the one side that has text at a paragraph's edge, else the book's language.</item>
/// </list>
/// </summary>
public static class ScriptContext
{
    public static bool IsAmbiguous(int cp) =>
        cp is 0x2018 or 0x2019 or 0x201C or 0x201D   // ‘ ’ “ ”
            or 0x2013 or 0x2014 or 0x2015            // – — ―
            or 0x2025 or 0x2026                      // ‥ …
            or 0x00B7                                // ·
            or 0x2E3A or 0x2E3B;                     // two- and three-em dashes

    /// <summary>Whether a language tag names a language written in CJK (Chinese, Japanese, Korean).</summary>
    public static bool IsCjkLanguage(string? language) =>
        language is not null && (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ko", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// For each UTF-16 index of <paramref name="text"/> holding a script-dependent character, whether it
    /// is set as CJK; other indexes are false. Null when the text has no such character.
    /// </summary>
    public static bool[]? CjkAt(string text, bool cjkLanguage)
    {
        var any = false;
        foreach (var c in text)
            if (IsAmbiguous(c)) { any = true; break; }
        if (!any) return null;

        // One pass each way: the class of the nearest strong character before and after each index.
        var before = new sbyte[text.Length];
        var after = new sbyte[text.Length];
        sbyte last = 0;
        for (var i = 0; i < text.Length; i++)
        {
            before[i] = last;
            var strong = Strong(text, i);
            if (strong != 0) last = strong;
        }
        last = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            after[i] = last;
            var strong = Strong(text, i);
            if (strong != 0) last = strong;
        }

        sbyte language = cjkLanguage ? (sbyte)2 : (sbyte)1;
        sbyte Decide(sbyte left, sbyte right, sbyte otherwise) =>
            left != 0 && right != 0 ? (left == right ? left : language) : left != 0 ? left : right != 0 ? right : otherwise;

        var result = new bool[text.Length];
        var decided = new bool[text.Length];
        foreach (var (open, close) in Pairs(text))
        {
            var cjk = Decide(before[open], after[close], after[open] != 0 ? after[open] : language) == 2;
            (result[open], result[close]) = (cjk, cjk);
            (decided[open], decided[close]) = (true, true);
        }
        for (var i = 0; i < text.Length; i++)
            if (IsAmbiguous(text[i]) && !decided[i]) result[i] = Decide(before[i], after[i], language) == 2;
        return result;
    }

    // Quote pairs by nesting: “ with ”, and ‘ with a ’ that is not an apostrophe (a letter on both sides).
    private static IEnumerable<(int Open, int Close)> Pairs(string text)
    {
        var open = new Stack<(char Mark, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u201C' or '\u2018') open.Push((c, i));
            else if (c == '\u201D' || c == '\u2019' && !Apostrophe(text, i))
            {
                var opening = c == '\u201D' ? '\u201C' : '\u2018';
                while (open.Count > 0 && open.Peek().Mark != opening) open.Pop();
                if (open.Count > 0) yield return (open.Pop().At, i);
            }
        }
    }

    private static bool Apostrophe(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    // 1 for a Latin-like letter or digit, 2 for CJK (ideographs, kana, Hangul, full-width forms), 0 otherwise.
    private static sbyte Strong(string text, int i)
    {
        var c = text[i];
        if (char.IsLowSurrogate(c)) return 0;
        int cp = c;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return 0;
            cp = char.ConvertToUtf32(c, text[i + 1]);
        }
        if (IsAmbiguous(cp)) return 0;
        if (Cjk.IsWide(cp) || cp is >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F) return 2;
        return Rune.IsLetterOrDigit(new Rune(cp)) ? (sbyte)1 : (sbyte)0;
    }
}
