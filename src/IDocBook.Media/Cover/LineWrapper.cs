using System.Globalization;
using System.Text;

namespace IDocBook.Media.Cover;

/// <summary>
/// Greedy line breaking for short display text (titles, names): CJK may break between any two
/// characters, Latin words stay whole unless a single word is wider than the line.
/// </summary>
/// <remarks>
/// Not UAX #14: cover lines are few and short, so a simple rule set reads well and keeps this free of ICU.
/// Closing punctuation sticks to the character before it and opening punctuation to the one after, so no
/// line starts with ，。」 or ends with 「（.
/// </remarks>
internal static class LineWrapper
{
    private const string Closing = "，。、；：？！）」』》〉】〕…—,.;:?!)]}%";
    private const string Opening = "（「『《〈【〔([{";

    internal readonly record struct Result(IReadOnlyList<string> Lines, bool BrokeWord);

    public static Result Wrap(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var brokeWord = false;
        var line = new StringBuilder();
        foreach (var token in Tokenize(text))
        {
            var candidate = line.Length == 0 ? token.Text : line + (token.SpaceBefore ? " " : "") + token.Text;
            if (measure(candidate) <= maxWidth)
            {
                line.Clear().Append(candidate);
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (measure(token.Text) <= maxWidth)
            {
                line.Append(token.Text);
                continue;
            }
            // Last resort: a word wider than the line is cut between characters rather than overflow.
            brokeWord = true;
            var pieces = SplitToWidth(token.Text, maxWidth, measure);
            lines.AddRange(pieces[..^1]);
            line.Append(pieces[^1]);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return new Result(lines, brokeWord);
    }

    /// <summary>Shortens <paramref name="line"/> and appends an ellipsis so that it fits.</summary>
    public static string Ellipsize(string line, float maxWidth, Func<string, float> measure)
    {
        var elements = TextElements(line.TrimEnd());
        for (var n = elements.Count; n >= 0; n--)
        {
            // An opening bracket right before the ellipsis would open nothing.
            var candidate = string.Concat(elements.Take(n)).TrimEnd().TrimEnd(Opening.ToCharArray()) + "…";
            if (measure(candidate) <= maxWidth)
            {
                return candidate;
            }
        }
        return "";
    }

    private readonly record struct Token(string Text, bool SpaceBefore);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var spaceBefore = false;
        var pendingOpen = "";

        foreach (var element in TextElements(text))
        {
            if (string.IsNullOrWhiteSpace(element))
            {
                FlushWord();
                spaceBefore = true;
            }
            else if (Closing.Contains(element, StringComparison.Ordinal) && pendingOpen.Length == 0)
            {
                if (word.Length > 0 || tokens.Count == 0)
                {
                    word.Append(element);
                }
                else
                {
                    tokens[^1] = tokens[^1] with { Text = tokens[^1].Text + element };
                }
            }
            else if (Opening.Contains(element, StringComparison.Ordinal) && !(word.Length > 0 && element.Length == 1 && element[0] < 0x80))
            {
                FlushWord();
                pendingOpen += element;
            }
            else if (IsCjk(element))
            {
                FlushWord();
                tokens.Add(new Token(pendingOpen + element, spaceBefore));
                pendingOpen = "";
                spaceBefore = false;
            }
            else
            {
                if (word.Length == 0)
                {
                    word.Append(pendingOpen);
                    pendingOpen = "";
                }
                word.Append(element);
            }
        }
        FlushWord();
        if (pendingOpen.Length > 0)
        {
            tokens.Add(new Token(pendingOpen, spaceBefore));
        }
        return tokens;

        void FlushWord()
        {
            if (word.Length > 0)
            {
                tokens.Add(new Token(word.ToString(), spaceBefore));
                word.Clear();
                spaceBefore = false;
            }
        }
    }

    // Every piece fits except when a single character is wider than the line; the last piece is returned
    // too, so that the following token can still join it.
    private static List<string> SplitToWidth(string word, float maxWidth, Func<string, float> measure)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var element in TextElements(word))
        {
            if (current.Length > 0 && measure(current + element) > maxWidth)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            current.Append(element);
        }
        pieces.Add(current.ToString());
        return pieces;
    }

    // Ideographs, kana, Hangul and full-width forms: scripts written without spaces between words.
    private static bool IsCjk(string element)
    {
        Rune.DecodeFromUtf16(element, out var rune, out _);
        var cp = rune.Value;
        return cp is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }
        return elements;
    }
}
