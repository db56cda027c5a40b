using System.Globalization;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Names of PDF named destinations. Anchors may be Chinese; PDF names are bytes, so every
/// target gets a short ASCII name, assigned in first-use order (deterministic for one book).
/// </summary>
internal sealed class Destinations
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _footnotes = new(StringComparer.Ordinal);

    public string For(string chapterId, string? anchor = null) => Named(anchor is null ? chapterId : chapterId + "#" + anchor);

    /// <summary>The destination of footnote <paramref name="number"/> of a chapter; references link to it.</summary>
    public string Footnote(string chapterId, int number)
    {
        var name = Named($"{chapterId}^{number}");
        _footnotes[name] = number;
        return name;
    }

    public bool TryFootnote(string name, out int number) => _footnotes.TryGetValue(name, out number);

    private string Named(string key)
    {
        if (!_names.TryGetValue(key, out var name)) _names[key] = name = "d" + _names.Count.ToString(CultureInfo.InvariantCulture);
        return name;
    }
}
