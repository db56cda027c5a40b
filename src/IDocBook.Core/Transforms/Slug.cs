using System.Globalization;
using System.Text;
using System.Xml;

namespace IDocBook.Core.Transforms;

/// <summary>GitHub's heading anchors: lower case, punctuation removed, spaces to hyphens, Chinese kept.</summary>
public static class Slug
{
    public static string GitHub(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.Trim().ToLowerInvariant().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == ' ') sb.Append('-');
            else if (rune.Value == '-' || category is UnicodeCategory.ConnectorPunctuation
                     || Rune.IsLetterOrDigit(rune)
                     || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber)
                sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// Makes <paramref name="id"/> a valid XML NCName (required of ids in EPUB XHTML): invalid
    /// characters are dropped, and an id that cannot start a name gets an <c>h-</c> prefix.
    /// </summary>
    public static string XmlSafe(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
            if (XmlConvert.IsNCNameChar(c) || char.IsSurrogate(c)) sb.Append(c);
        var safe = sb.ToString();
        if (safe.Length == 0) return "section";
        if (!XmlConvert.IsStartNCNameChar(safe[0]) && !char.IsHighSurrogate(safe[0])) safe = "h-" + safe;
        return safe;
    }
}
