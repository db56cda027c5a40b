using System.Text;

namespace IDocBook.Core.Transforms;

/// <summary>
/// An external link's URL as a URI may hold it: characters RFC 3986 does not allow unescaped
/// (<c>{ } | ^ \ `</c>, spaces, non-ASCII, a <c>%</c> that starts no escape, brackets outside the
/// host) are percent-encoded as UTF-8, which is what a browser sends anyway; EPUBCheck reports
/// them (RSC-020) and a PDF URI action must be ASCII. A URL that is still not a URI (a broken IPv6
/// host) has no escaped form, and null is returned.
/// </summary>
public static class ExternalUrl
{
    private const string Allowed = "-._~:/?#@!$&'()*+,;=";

    public static string? Normalize(string url)
    {
        var text = new StringBuilder(url.Length);
        var authorityEnd = AuthorityEnd(url);
        var bytes = new byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c) || c is '[' or ']' && i < authorityEnd)
                text.Append(c);
            else if (c == '%' && i + 2 < url.Length && char.IsAsciiHexDigit(url[i + 1]) && char.IsAsciiHexDigit(url[i + 2]))
                text.Append(c);
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1])
                    ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                    : Encoding.UTF8.GetBytes(char.IsSurrogate(c) ? "\uFFFD" : c.ToString(), bytes);
                for (var b = 0; b < length; b++) text.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var result = text.ToString();
        return Uri.TryCreate(result, UriKind.Absolute, out _) ? result : null;
    }

    // Where "scheme://host:port" ends (brackets are allowed only there, for an IPv6 host); 0 without one.
    private static int AuthorityEnd(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0) return 0;
        var end = url.IndexOfAny(['/', '?', '#'], start + 3);
        return end < 0 ? url.Length : end;
    }
}
