namespace IDocBook.Core.Loading.Config;

/// <summary>One key a config file may hold: read (<see cref="ConfigKey"/>), a section of keys (<see cref="ConfigSection"/>), or another tool's key that IDocBook leaves alone (<see cref="OtherToolKey"/>).</summary>
internal abstract record SchemaEntry(string Name)
{
    /// <summary>Other spellings IDocBook accepts for the same key (<c>lang</c> for <c>language</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool Matches(string key) =>
        Name.Equals(key, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Equals(key, StringComparison.OrdinalIgnoreCase));
}

/// <param name="Type">What the value may be.</param>
/// <param name="Help">What the key does, in a few words: for messages and the starter <c>book.yml</c>'s test.</param>
internal sealed record ConfigKey(string Name, ConfigType Type, string Help) : SchemaEntry(Name)
{
    /// <summary>The setting the value goes to in <see cref="BookConfig"/>, when it is not the key's own path (mdBook's <c>[book] title</c> is <c>title</c>).</summary>
    public string? Setting { get; init; }
}

/// <summary>A map of keys, such as <c>fonts:</c> in book.yml or <c>[book]</c> in book.toml.</summary>
internal sealed record ConfigSection(string Name, IReadOnlyList<SchemaEntry> Entries) : SchemaEntry(Name)
{
    public IEnumerable<string> Names => Entries.SelectMany(e => e.Aliases.Prepend(e.Name));
}

/// <summary>A key that the tool the config belongs to (mdBook, GitBook) reads and IDocBook does not: ignored in silence, with whatever it holds, as that tool ignores IDocBook's.</summary>
internal sealed record OtherToolKey(string Name) : SchemaEntry(Name);
