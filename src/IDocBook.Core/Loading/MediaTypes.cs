using System.Text;

namespace IDocBook.Core.Loading;

/// <summary>
/// Identifies image formats from their bytes. Extensions lie in real books (a <c>.jpg</c> that is
/// a PNG, an "image" that is a saved HTML page), and EPUB readers trust the declared type.
/// </summary>
public static class MediaTypes
{
    public static string? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8)) return "image/gif";
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (data.StartsWith("BM"u8) && data.Length > 26) return "image/bmp";
        return IsSvg(data) ? "image/svg+xml" : null;
    }

    /// <summary>The extension that goes with a media type, for files the writers name themselves.</summary>
    public static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/bmp" => ".bmp",
        "image/svg+xml" => ".svg",
        "font/ttf" => ".ttf",
        _ => ".bin",
    };

    /// <summary>The media type a file name claims, to tell authors when it is wrong.</summary>
    public static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".bmp" => "image/bmp",
        ".svg" => "image/svg+xml",
        _ => null,
    };

    // An SVG is XML whose root element is <svg>; skip a BOM, the XML declaration, comments and a
    // DOCTYPE, whose internal subset may hold '>' in entity values, comments and quoted strings.
    private static bool IsSvg(ReadOnlySpan<byte> data)
    {
        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 65536)]).TrimStart('\uFEFF');
        var i = 0;
        while (true)
        {
            while (i < head.Length && char.IsWhiteSpace(head[i])) i++;
            if (i >= head.Length || head[i] != '<') return false;
            var rest = head.AsSpan(i);
            if (rest.StartsWith("<svg") && (rest.Length == 4 || !char.IsAsciiLetterOrDigit(rest[4]) && rest[4] is not ('-' or '_' or '.'))) return true;
            int close;
            if (rest.StartsWith("<!--")) close = End(head, i + 4, "-->");
            else if (rest.StartsWith("<?")) close = End(head, i + 2, "?>");
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)) close = DoctypeEnd(head, i + 9);
            else return false;
            if (close < 0) return false;
            i = close;
        }
    }

    private static int End(string text, int from, string marker) => text.IndexOf(marker, from, StringComparison.Ordinal) is var at and >= 0 ? at + marker.Length : -1;

    // The index after the DOCTYPE's closing '>', or -1.
    private static int DoctypeEnd(string text, int i)
    {
        var subset = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var quote = text.IndexOf(c, i + 1);
                if (quote < 0) return -1;
                i = quote + 1;
                continue;
            }
            if (subset && text.AsSpan(i).StartsWith("<!--")) { i = End(text, i + 4, "-->"); if (i < 0) return -1; continue; }
            if (subset && text.AsSpan(i).StartsWith("<?")) { i = End(text, i + 2, "?>"); if (i < 0) return -1; continue; }
            if (c == '[') subset = true;
            else if (c == ']') subset = false;
            else if (c == '>' && !subset) return i + 1;
            i++;
        }
        return -1;
    }
}
