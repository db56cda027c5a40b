namespace IDocBook.Core.Model;

/// <summary>
/// Pandoc-style attributes: an id, classes and key/value pairs. Extensions (alignment, alerts,
/// image sizes) travel here instead of adding node types.
/// </summary>
public sealed record Attributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string>> Pairs)
{
    public static readonly Attributes Empty = new(null, [], []);

    public string? Get(string key)
    {
        foreach (var pair in Pairs)
            if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)) return pair.Value;
        return null;
    }

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);

    public Attributes WithId(string? id) => this with { Id = id };

    public Attributes WithClass(string name) => HasClass(name) ? this : this with { Classes = [.. Classes, name] };

    public Attributes With(string key, string value) =>
        this with { Pairs = [.. Pairs.Where(p => !string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)), new(key, value)] };

    public bool IsEmpty => Id is null && Classes.Count == 0 && Pairs.Count == 0;
}
