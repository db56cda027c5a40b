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

    // An SVG is XML whose root element is <svg>; skip a BOM, the XML declaration, comments and a doctype.
    private static bool IsSvg(ReadOnlySpan<byte> data)
    {
        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 4096)]).TrimStart('\uFEFF');
        var i = 0;
        while (true)
        {
            while (i < head.Length && char.IsWhiteSpace(head[i])) i++;
            if (i >= head.Length || head[i] != '<') return false;
            if (string.CompareOrdinal(head, i, "<svg", 0, 4) == 0) return true;
            if (!(head.AsSpan(i).StartsWith("<?") || head.AsSpan(i).StartsWith("<!"))) return false;
            var comment = head.AsSpan(i).StartsWith("<!--");
            var close = comment ? head.IndexOf("-->", i, StringComparison.Ordinal) : head.IndexOf('>', i);
            if (close < 0) return false;
            i = close + (comment ? 3 : 1);
        }
    }
}
