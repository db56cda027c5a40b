using System.Text.RegularExpressions;

namespace IDocBook.Core.Loading;

/// <summary>
/// BCP 47 (RFC 5646) well-formedness for the book's <c>language</c>, which lands in every XHTML
/// file's <c>xml:lang</c>, the OPF and the PDF: one malformed tag is an EPUBCheck error per file.
/// The common slip of writing a POSIX locale (<c>zh_CN</c>, <c>en_US.UTF-8</c>) is corrected.
/// </summary>
public static partial class LanguageTag
{
    /// <summary>True when <paramref name="tag"/> is a well-formed BCP 47 tag.</summary>
    public static bool IsWellFormed(string tag) => WellFormed().IsMatch(tag);

    /// <summary>The tag as written when well-formed; the corrected tag when it was a locale name; null when neither.</summary>
    public static string? Normalize(string value, out bool corrected)
    {
        var trimmed = value.Trim();
        corrected = false;
        if (IsWellFormed(trimmed)) return trimmed;
        // A POSIX locale: language_TERRITORY.codeset@modifier.
        var locale = trimmed.Split('.', '@')[0].Replace('_', '-');
        if (locale.Length > 0 && IsWellFormed(locale))
        {
            corrected = true;
            return locale;
        }
        return null;
    }

    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?"
        + @"|x(?:-[a-z0-9]{1,8})+"
        + @"|en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE"
        + @"|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
