namespace IDocBook.Epub.Xhtml;

/// <summary>
/// The ids written into one XHTML file. Every id goes through <see cref="Claim"/>, so the file never
/// has duplicates or ids EPUBCheck rejects, and afterwards the set is exactly what links may target.
/// </summary>
internal sealed class IdScope
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Used => _used;

    /// <summary>Returns <paramref name="id"/> when it is a valid NCName not used yet in this file, else null.</summary>
    public string? Claim(string? id) => XmlText.IsNCName(id) && _used.Add(id!) ? id : null;
}
