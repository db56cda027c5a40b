using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>What a config file says (book.yml, book.toml or book.json); every field is optional.</summary>
public sealed record BookConfig
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>The edition's version (a release tag, given with <c>-M version=…</c>).</summary>
    public string? Version { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
    public string? Identifier { get; init; }
    public DateTimeOffset? Date { get; init; }
    public string? Description { get; init; }
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Cover { get; init; }
    public string? Name { get; init; }
    public bool? Numbering { get; init; }
    /// <summary>Folder holding SUMMARY.md and the chapters, relative to the book root (mdBook's <c>src</c>).</summary>
    public string? Source { get; init; }
    /// <summary>File name of the summary (GitBook's <c>structure.summary</c>).</summary>
    public string? Summary { get; init; }
    public string? Readme { get; init; }
    public string? Paper { get; init; }
    public IReadOnlyList<float> MarginsMm { get; init; } = [];
    /// <summary>Chinese punctuation style, as written: full-width (全角式) or kaiming (开明式).</summary>
    public string? Punctuation { get; init; }
    public bool? HangingPunctuation { get; init; }
    /// <summary>Heading levels in the printed contents (1 to 6).</summary>
    public int? TocDepth { get; init; }
    public bool? TwoSided { get; init; }
    /// <summary>Font files by role (body, bold, italic, bold-italic, heading, mono), as written: book-relative paths; also <c>system</c>.</summary>
    public IReadOnlyDictionary<string, string> Fonts { get; init; } = new Dictionary<string, string>();
    /// <summary><c>fonts: fallback:</c>, font files tried after the bundled ones, as written.</summary>
    public IReadOnlyList<string> FontFallback { get; init; } = [];
    /// <summary>The folder reads may reach up to (an ancestor of the book folder), as written.</summary>
    public string? ProjectRoot { get; init; }
    /// <summary>Where each key was set, for diagnostics about its value: the file, and the line when known.</summary>
    public IReadOnlyDictionary<string, Model.SourceSpan> Places { get; init; } = new Dictionary<string, Model.SourceSpan>();

    /// <summary>Where <paramref name="key"/> was set, or the start of <paramref name="fallback"/>.</summary>
    public Model.SourceSpan PlaceOf(string key, string fallback = "book.yml") => Places.GetValueOrDefault(key) ?? new Model.SourceSpan(fallback, 0, 0);
    /// <summary><c>accessibility:</c> who evaluated the book's accessibility: <c>certified-by</c>, <c>credential</c>, <c>report</c>.</summary>
    public AccessibilityCertifier? Certifier { get; init; }

    /// <summary>Fields of <paramref name="over"/> win where they are set: IDocBook's own config overrides the others.</summary>
    public BookConfig OverriddenBy(BookConfig over) => new()
    {
        Title = over.Title ?? Title,
        Subtitle = over.Subtitle ?? Subtitle,
        Version = over.Version ?? Version,
        Authors = over.Authors.Count > 0 ? over.Authors : Authors,
        Language = over.Language ?? Language,
        Identifier = over.Identifier ?? Identifier,
        Date = over.Date ?? Date,
        Description = over.Description ?? Description,
        Publisher = over.Publisher ?? Publisher,
        Rights = over.Rights ?? Rights,
        Keywords = over.Keywords.Count > 0 ? over.Keywords : Keywords,
        Cover = over.Cover ?? Cover,
        Name = over.Name ?? Name,
        Numbering = over.Numbering ?? Numbering,
        Source = over.Source ?? Source,
        Summary = over.Summary ?? Summary,
        Readme = over.Readme ?? Readme,
        Paper = over.Paper ?? Paper,
        MarginsMm = over.MarginsMm.Count > 0 ? over.MarginsMm : MarginsMm,
        Fonts = over.Fonts.Count > 0 ? over.Fonts : Fonts,
        FontFallback = over.FontFallback.Count > 0 ? over.FontFallback : FontFallback,
        ProjectRoot = over.ProjectRoot ?? ProjectRoot,
        Places = Places.Where(p => !over.Places.ContainsKey(p.Key)).Concat(over.Places).ToDictionary(p => p.Key, p => p.Value),
        Punctuation = over.Punctuation ?? Punctuation,
        HangingPunctuation = over.HangingPunctuation ?? HangingPunctuation,
        TocDepth = over.TocDepth ?? TocDepth,
        TwoSided = over.TwoSided ?? TwoSided,
        Certifier = over.Certifier ?? Certifier,
    };
}
