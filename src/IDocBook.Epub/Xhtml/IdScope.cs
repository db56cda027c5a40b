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

    /// <summary>A new id of the writer's own, <paramref name="prefix"/> and the first free number.</summary>
    public string Fresh(string prefix)
    {
        for (var n = 1; ; n++)
            if (Claim(prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } id) return id;
    }
}
