namespace IDocBook.Core.Model;

/// <summary>What the book says about itself, from its config, front matter or first heading.</summary>
public sealed record BookMetadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>The edition's version (e.g. a release tag); shown on the title page and in the package metadata.</summary>
    public string? Version { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>BCP 47 language tag, e.g. <c>zh-CN</c>.</summary>
    public string Language { get; init; } = "en";
    /// <summary>Stable identifier (a <c>urn:uuid:</c> derived from the title when not configured).</summary>
    public required string Identifier { get; init; }
    public string? Description { get; init; }
    public string? Publisher { get; init; }
    public string? Rights { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>Publication date; also the modification date written to outputs (never the clock).</summary>
    public DateTimeOffset Date { get; init; }
    /// <summary>Book-relative path of a cover image, if the author gave one.</summary>
    public string? Cover { get; init; }
    /// <summary>Output file name without extension.</summary>
    public required string Name { get; init; }
    public bool NumberSections { get; init; }
    /// <summary>Print settings from the config: paper name (A4, A5, B5, Letter) and margins in millimetres.</summary>
    public string? Paper { get; init; }
    public IReadOnlyList<float> MarginsMm { get; init; } = [];
    /// <summary>Typesetting from the config: full-width or kaiming punctuation, hanging punctuation, two-sided printing.</summary>
    public string? Punctuation { get; init; }
    public bool HangingPunctuation { get; init; }
    /// <summary>Heading levels in the tables of contents, the PDF's and the EPUB's (the config's <c>toc-depth</c>, 1 to 6); null: each output's default.</summary>
    public int? TocDepth { get; init; }
    public bool TwoSided { get; init; }
    /// <summary>Fonts the config names, by role (body, bold, italic, bold-italic, heading, mono): absolute paths of files inside the book.</summary>
    public IReadOnlyDictionary<string, string> Fonts { get; init; } = new Dictionary<string, string>();
    /// <summary>The config's <c>fonts: fallback:</c> files, absolute paths inside the book, tried after the bundled fonts.</summary>
    public IReadOnlyList<string> FallbackFonts { get; init; } = [];
    /// <summary>Who evaluated the book's accessibility, from the config; null when it names no one.</summary>
    public AccessibilityCertifier? Certifier { get; init; }
    /// <summary>Whether the machine's fonts may fill in characters no other font has (<c>fonts: system: false</c> turns it off).</summary>
    public bool SystemFonts { get; init; } = true;
    /// <summary>Where each setting was written (<c>paper</c>, <c>margins</c>, <c>fonts.body</c> …), for problems found after reading, such as a font file that is no font.</summary>
    public IReadOnlyDictionary<string, SourceSpan> Places { get; init; } = new Dictionary<string, SourceSpan>();
}

/// <summary>
/// The party that evaluated a book's accessibility (EPUB Accessibility 1.1's <c>a11y:certifiedBy</c>),
/// the credential it holds and the address of its report, as the config gives them.
/// </summary>
public sealed record AccessibilityCertifier(string Name, string? Credential, string? Report);
