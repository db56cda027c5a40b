using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Just enough PDF object syntax to read Skia's own output back: values are returned as their raw
/// source text, so what we copy is written back exactly as Skia wrote it.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>The entries of a dictionary <c>&lt;&lt; … &gt;&gt;</c> at the start of <paramref name="text"/>, keys without the slash, in order.</summary>
    public static List<KeyValuePair<string, string>> Dictionary(string text)
    {
        var at = SkipSpace(text, 0);
        if (!text.AsSpan(at).StartsWith("<<")) throw Malformed("a dictionary", text, at);
        at += 2;
        var entries = new List<KeyValuePair<string, string>>();
        while (true)
        {
            at = SkipSpace(text, at);
            if (at >= text.Length) throw Malformed("'>>'", text, at);
            if (text.AsSpan(at).StartsWith(">>")) return entries;
            if (text[at] != '/') throw Malformed("a name key", text, at);
            var keyEnd = EndOfValue(text, at);
            var key = DecodeName(text[(at + 1)..keyEnd]);
            at = SkipSpace(text, keyEnd);
            var valueEnd = EndOfValue(text, at);
            entries.Add(new(key, text[at..valueEnd]));
            at = valueEnd;
        }
    }

    public static string? Get(this List<KeyValuePair<string, string>> entries, string key) =>
        entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>Object numbers of the references <c>n g R</c> in a raw value (an array of kids, a single ref).</summary>
    public static List<int> References(string raw)
    {
        var result = new List<int>();
        var tokens = raw.Split([' ', '\n', '\r', '\t', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 2; i < tokens.Length; i++)
        {
            if (tokens[i] == "R" && int.TryParse(tokens[i - 2], out var number)) result.Add(number);
        }
        return result;
    }

    /// <summary>
    /// <paramref name="raw"/> with every indirect reference <c>n g R</c> replaced by <c>map(n) 0 R</c>;
    /// strings and comments are copied untouched, so digits inside them are never taken for references.
    /// </summary>
    public static string Renumber(string raw, Func<int, int> map)
    {
        var result = new StringBuilder(raw.Length + 16);
        var at = 0;
        while (at < raw.Length)
        {
            var c = raw[at];
            int end;
            if (c == '(') end = EndOfLiteral(raw, at);
            else if (c == '<' && at + 1 < raw.Length && raw[at + 1] == '<') end = at + 2;
            else if (c == '<') end = raw.IndexOf('>', at) is >= 0 and var close ? close + 1 : throw Malformed("'>'", raw, at);
            else if (c == '%') end = raw.IndexOfAny(['\r', '\n'], at) is >= 0 and var eol ? eol : raw.Length;
            else if (char.IsAsciiDigit(c) && (at == 0 || !IsRegular(raw[at - 1])))
            {
                end = EndOfToken(raw, at);
                if (TryReference(raw, end) is { } afterReference && int.TryParse(raw.AsSpan(at, end - at), out var number))
                {
                    result.Append(map(number).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" 0 R");
                    at = afterReference;
                    continue;
                }
            }
            else end = at + 1;
            result.Append(raw, at, end - at);
            at = end;
        }
        return result.ToString();
    }

    // Part of a name, number or keyword (not white space, not a delimiter).
    private static bool IsRegular(char c) => !char.IsWhiteSpace(c) && "/[]<>()%{}".IndexOf(c) < 0;

    /// <summary>The raw text of the first value in <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public static string Value(string text, int start)
    {
        var at = SkipSpace(text, start);
        return text[at..EndOfValue(text, at)];
    }

    /// <summary>The value starting at <paramref name="at"/> ends here (exclusive).</summary>
    private static int EndOfValue(string text, int at)
    {
        if (at >= text.Length) throw Malformed("a value", text, at);
        var c = text[at];
        if (c == '<' && at + 1 < text.Length && text[at + 1] == '<') return EndOfNested(text, at);
        if (c == '[') return EndOfNested(text, at);
        if (c == '(') return EndOfLiteral(text, at);
        if (c == '<') return text.IndexOf('>', at) + 1 is > 0 and var end ? end : throw Malformed("'>'", text, at);
        var next = EndOfToken(text, c == '/' ? at + 1 : at);
        // An indirect reference is three tokens: "12 0 R".
        if (char.IsAsciiDigit(c) && TryReference(text, next) is { } afterReference) return afterReference;
        return next;
    }

    private static int? TryReference(string text, int at)
    {
        var second = SkipSpace(text, at);
        var secondEnd = EndOfToken(text, second);
        if (secondEnd == second || !text[second..secondEnd].All(char.IsAsciiDigit)) return null;
        var r = SkipSpace(text, secondEnd);
        return r < text.Length && text[r] == 'R' && EndOfToken(text, r) == r + 1 ? r + 1 : null;
    }

    private static int EndOfNested(string text, int at)
    {
        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    i = EndOfLiteral(text, i) - 1;
                    break;
                case '%':
                    i = text.IndexOfAny(['\r', '\n'], i) is >= 0 and var eol ? eol : text.Length;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '<' when i + 1 < text.Length && text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case '<':
                    // A hex string: its '>' must not pair with a following '>' as a dictionary end.
                    i = text.IndexOf('>', i) is >= 0 and var close ? close : throw Malformed("'>'", text, i);
                    break;
                case '>' when i + 1 < text.Length && text[i + 1] == '>':
                    depth--;
                    i++;
                    break;
            }
            if (depth == 0) return i + 1;
        }
        throw Malformed("the end of a nested value", text, at);
    }

    private static int EndOfLiteral(string text, int at)
    {
        var depth = 0;
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i + 1;
        }
        throw Malformed("')'", text, at);
    }

    private static int EndOfToken(string text, int at)
    {
        var i = at;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && "/[]<>()%{}".IndexOf(text[i]) < 0) i++;
        return i;
    }

    public static int SkipSpace(string text, int at)
    {
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at]) || text[at] == '\0') at++;
            else if (text[at] == '%') at = text.IndexOfAny(['\r', '\n'], at) is >= 0 and var eol ? eol : text.Length;
            else break;
        }
        return at;
    }

    /// <summary>A name's characters after #xx escapes are undone (PDF names are bytes; Skia's are UTF-8).</summary>
    public static string DecodeName(string raw)
    {
        if (!raw.Contains('#')) return raw;
        var bytes = new List<byte>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && byte.TryParse(raw.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else bytes.Add((byte)raw[i]);
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static InvalidDataException Malformed(string expected, string text, int at) =>
        new($"Unexpected PDF syntax from Skia: expected {expected} at {at} in \"{Excerpt(text, at)}\".");

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 20), Math.Min(60, text.Length - Math.Max(0, at - 20)));
}
