using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>A setting's value, already of its key's type, and where it was written (null for the command line).</summary>
public sealed record Setting(object Value, SourceSpan? Place);

/// <summary>
/// What the configs say (book.yml, book.toml, book.json, <c>-M</c>), checked against their schemas
/// (<see cref="Config.ConfigSchema"/>): settings by name (<c>title</c>, <c>fonts.body</c>), each
/// with its place. Every setting is optional.
/// </summary>
public sealed record BookConfig
{
    private readonly IReadOnlyDictionary<string, Setting> _settings;

    public BookConfig() : this(new Dictionary<string, Setting>()) { }

    internal BookConfig(IReadOnlyDictionary<string, Setting> settings) => _settings = settings;

    public string? Title => Get<string>("title");
    public string? Subtitle => Get<string>("subtitle");
    /// <summary>The edition's version (a release tag, given with <c>-M version=…</c>).</summary>
    public string? Version => Get<string>("version");
    public IReadOnlyList<string> Authors => Get<IReadOnlyList<string>>("authors") ?? [];
    public string? Language => Get<string>("language");
    public string? Identifier => Get<string>("identifier");
    public DateTimeOffset? Date => _settings.TryGetValue("date", out var s) ? (DateTimeOffset)s.Value : null;
    public string? Description => Get<string>("description");
    public string? Publisher => Get<string>("publisher");
    public string? Rights => Get<string>("rights");
    public IReadOnlyList<string> Keywords => Get<IReadOnlyList<string>>("keywords") ?? [];
    public string? Cover => Get<string>("cover");
    public string? Name => Get<string>("name");
    public bool? Numbering => _settings.TryGetValue("numbering", out var s) ? (bool)s.Value : null;
    /// <summary>Folder holding SUMMARY.md and the chapters, relative to the book root (mdBook's <c>src</c>, GitBook's <c>root</c>).</summary>
    public string? Source => Get<string>("src");
    /// <summary>File name of the summary (GitBook's <c>structure.summary</c>).</summary>
    public string? Summary => Get<string>("summary");
    public string? Readme => Get<string>("readme");
    public string? Paper => Get<string>("paper");
    public IReadOnlyList<float> MarginsMm => Get<IReadOnlyList<float>>("margins") ?? [];
    /// <summary>Font files by role (body, bold, italic, bold-italic, heading, mono), as written: book-relative paths.</summary>
    public IReadOnlyDictionary<string, string> Fonts => _settings
        .Where(s => s.Key.StartsWith("fonts.", StringComparison.Ordinal) && s.Value.Value is string)
        .ToDictionary(s => s.Key["fonts.".Length..], s => (string)s.Value.Value, StringComparer.Ordinal);
    /// <summary><c>fonts: fallback:</c>, font files tried after the bundled ones, as written.</summary>
    public IReadOnlyList<string> FontFallback => Get<IReadOnlyList<string>>("fonts.fallback") ?? [];
    /// <summary><c>fonts: system:</c>; null when not set.</summary>
    public bool? SystemFonts => _settings.TryGetValue("fonts.system", out var s) ? (bool)s.Value : null;
    /// <summary>The folder reads may reach up to (an ancestor of the book folder), as written.</summary>
    public string? ProjectRoot => Get<string>("project-root");
    /// <summary>Heading levels in the tables of contents (1 to 6).</summary>
    public int? TocDepth => _settings.TryGetValue("toc-depth", out var s) ? (int)s.Value : null;
    public bool? TwoSided => _settings.TryGetValue("two-sided", out var s) ? (bool)s.Value : null;
    /// <summary>Chinese punctuation style: <c>full-width</c> (全角式) or <c>kaiming</c> (开明式).</summary>
    public string? Punctuation => Get<string>("punctuation");
    public bool? HangingPunctuation => _settings.TryGetValue("hanging-punctuation", out var s) ? (bool)s.Value : null;
    /// <summary><c>accessibility:</c> who evaluated the book's accessibility; null when <c>certified-by</c> is not set.</summary>
    public AccessibilityCertifier? Certifier => Get<string>("accessibility.certified-by") is { } name
        ? new AccessibilityCertifier(name, Get<string>("accessibility.credential"), Get<string>("accessibility.report"))
        : null;

    /// <summary>Where each setting was written, for diagnostics found after the configs were read (a missing font, margins too wide).</summary>
    public IReadOnlyDictionary<string, SourceSpan> Places =>
        _settings.Where(s => s.Value.Place is not null).ToDictionary(s => s.Key, s => s.Value.Place!, StringComparer.Ordinal);

    /// <summary>Where <paramref name="key"/> was set: its value's place in its file, or null when the command line set it or nothing did.</summary>
    public SourceSpan? PlaceOf(string key) => _settings.GetValueOrDefault(key)?.Place;

    /// <summary>The config with <paramref name="key"/> set (for settings that come from elsewhere: a single file's front matter, mdBook's default <c>src</c>).</summary>
    public BookConfig With(string key, object? value, SourceSpan? place)
    {
        if (value is null || value is string { Length: 0 }) return this;
        return new BookConfig(new Dictionary<string, Setting>(_settings, StringComparer.Ordinal) { [key] = new Setting(value, place) });
    }

    /// <summary>Settings of <paramref name="over"/> win where they are set: IDocBook's own config overrides the others, and <c>-M</c> all of them.</summary>
    public BookConfig OverriddenBy(BookConfig over)
    {
        var merged = new Dictionary<string, Setting>(_settings, StringComparer.Ordinal);
        foreach (var (key, setting) in over._settings) merged[key] = setting;
        return new BookConfig(merged);
    }

    private T? Get<T>(string key) where T : class => _settings.GetValueOrDefault(key)?.Value as T;
}
