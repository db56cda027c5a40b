using System.Net;

namespace IDocBook.Core.Markdown.Html;

/// <summary>
/// A forgiving tokenizer for the HTML fragments found in Markdown. It never throws: anything that
/// is not a well-formed tag is text. Comments, doctypes and processing instructions are skipped.
/// Tag names are lower-cased; <c>script</c>/<c>style</c> content is returned as one text token so
/// that a <c>&lt;</c> inside it cannot open a tag.
/// </summary>
internal static class HtmlTokenizer
{
    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var i = 0;
        var textStart = 0;
        while (i < html.Length)
        {
            if (html[i] != '<') { i++; continue; }
            var consumed = TryTag(html, i, out var token);
            if (consumed == 0) { i++; continue; }
            FlushText(html, textStart, i, tokens);
            if (token is not null) tokens.Add(token);
            i += consumed;
            textStart = i;
            if (token is HtmlStartTag { SelfClosing: false, Name: "script" or "style" or "textarea" or "title" } raw)
            {
                var close = html.IndexOf("</" + raw.Name, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                if (end > i) tokens.Add(new HtmlText(html[i..end], i));
                i = textStart = end;
            }
        }
        FlushText(html, textStart, html.Length, tokens);
        return tokens;
    }

    private static void FlushText(string html, int start, int end, List<HtmlToken> tokens)
    {
        if (end > start) tokens.Add(new HtmlText(WebUtility.HtmlDecode(html[start..end]), start));
    }

    // Returns the number of characters consumed (0 when '<' does not start markup).
    private static int TryTag(string s, int start, out HtmlToken? token)
    {
        token = null;
        if (s.AsSpan(start).StartsWith("<!--"))
        {
            var end = s.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return (end < 0 ? s.Length : end + 3) - start;
        }
        if (start + 1 < s.Length && (s[start + 1] == '!' || s[start + 1] == '?'))
        {
            var end = s.IndexOf('>', start);
            return (end < 0 ? s.Length : end + 1) - start;
        }
        var i = start + 1;
        var closing = i < s.Length && s[i] == '/';
        if (closing) i++;
        var nameStart = i;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-' || s[i] == ':')) i++;
        if (i == nameStart || !char.IsAsciiLetter(s[nameStart])) return 0;
        var name = s[nameStart..i].ToLowerInvariant();
        if (closing)
        {
            var gt = s.IndexOf('>', i);
            if (gt < 0) return 0;
            token = new HtmlEndTag(name, start);
            return gt + 1 - start;
        }
        var attributes = new List<KeyValuePair<string, string>>();
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) return 0;
            if (s[i] == '>') { token = new HtmlStartTag(name, attributes, false, start); return i + 1 - start; }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '>') { token = new HtmlStartTag(name, attributes, true, start); return i + 2 - start; }
            if (s[i] == '<') return 0;
            var attrStart = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('=' or '>' or '/' or '<')) i++;
            if (i == attrStart) { i++; continue; }
            var attrName = s[attrStart..i].ToLowerInvariant();
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            var value = "";
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                if (i < s.Length && (s[i] == '"' || s[i] == '\''))
                {
                    var quote = s[i];
                    var end = s.IndexOf(quote, i + 1);
                    if (end < 0) return 0;
                    value = s[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '>') i++;
                    value = s[valueStart..i];
                }
            }
            attributes.Add(new(attrName, WebUtility.HtmlDecode(value)));
        }
    }
}
