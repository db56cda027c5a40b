using System.Text;
using System.Xml;

namespace IDocBook.Epub;

/// <summary>Text and names made safe for XML 1.0 and XHTML attributes.</summary>
internal static class XmlText
{
    // XmlWriter throws on control characters and lone surrogates; real books contain both
    // (form feeds, pasted terminal output), so they are dropped instead of failing the build.
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                if (pair) { sb?.Append(text[i + 1]); i++; }
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>True when <paramref name="id"/> can be an XHTML id under EPUBCheck (an XML NCName).</summary>
    public static bool IsNCName(string? id)
    {
        if (string.IsNullOrEmpty(id)) return false;
        try { XmlConvert.VerifyNCName(id); return true; }
        catch (XmlException) { return false; }
    }

    /// <summary>Keeps a class token to letters, digits, '-' and '_' so it is safe in CSS and XHTML.</summary>
    public static string? ClassToken(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var sb = new StringBuilder();
        foreach (var c in name)
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
        return sb.Length == 0 || char.IsAsciiDigit(sb[0]) ? null : sb.ToString();
    }
}
