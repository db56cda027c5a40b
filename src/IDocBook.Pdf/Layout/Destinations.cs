using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Names of PDF named destinations. Anchors may be Chinese; PDF names are bytes, so every target
/// gets a short ASCII name derived from the target itself: chapters are laid out in parallel, and a
/// name must not depend on which chapter asked for it first.
/// </summary>
internal sealed class Destinations
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _footnotes = new(StringComparer.Ordinal);

    public string For(string chapterId, string? anchor = null) => Named(anchor is null ? chapterId : chapterId + "#" + anchor);

    /// <summary>The destination of footnote <paramref name="number"/> of a chapter; references link to it.</summary>
    public string Footnote(string chapterId, int number)
    {
        var name = Named($"{chapterId}^{number}");
        _footnotes[name] = number;
        return name;
    }

    public bool TryFootnote(string name, out int number) => _footnotes.TryGetValue(name, out number);

    // 64 bits of SHA-256: a clash needs billions of targets in one book.
    private string Named(string key) =>
        _names.GetOrAdd(key, k => "d" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(k)).AsSpan(0, 8)));
}
