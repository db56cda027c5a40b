namespace IDocBook.Core.Diagnostics;

/// <summary>
/// Every diagnostic the tool can give, with its default severity. Numbers are never reused. Each
/// code has an entry in <c>Explanations.md</c> (what <c>idocbook explain</c> prints) and a row in
/// the README's table of codes; a test holds the three together.
/// </summary>
public static class Codes
{
    /// <summary>Every code, with the name it has here (SARIF's rule name), in number order.</summary>
    // Lazy: static fields are set in the order they are written, and the codes come below.
    public static IReadOnlyList<(string Name, DiagnosticCode Code)> All => AllCodes.Value;

    private static readonly Lazy<IReadOnlyList<(string, DiagnosticCode)>> AllCodes = new(() => [.. typeof(Codes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (f.Name, (DiagnosticCode)f.GetValue(null)!))
        .OrderBy(c => c.Item2.Id, StringComparer.Ordinal)]);

    /// <summary>The code with this id (any letter case), or null.</summary>
    public static DiagnosticCode? Find(string id) => All.Select(c => c.Code).FirstOrDefault(c => c.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    // Loading the book
    public static readonly DiagnosticCode BookNotFound = new("IDB0001", Severity.Error);
    public static readonly DiagnosticCode ConfigInvalid = new("IDB0002", Severity.Error);
    public static readonly DiagnosticCode SummaryEntryMissing = new("IDB0003", Severity.Error);
    /// <summary>A file the summary lists twice: an error since 0.2, as a second entry is usually a link that was meant for another file.</summary>
    public static readonly DiagnosticCode SummaryDuplicate = new("IDB0004", Severity.Error);
    public static readonly DiagnosticCode OutsideBook = new("IDB0005", Severity.Error);
    public static readonly DiagnosticCode FileUnreadable = new("IDB0006", Severity.Error);
    public static readonly DiagnosticCode InvalidEncoding = new("IDB0007", Severity.Warning);
    public static readonly DiagnosticCode EmptyBook = new("IDB0008", Severity.Error);
    public static readonly DiagnosticCode FrontMatterInvalid = new("IDB0009", Severity.Warning);
    public static readonly DiagnosticCode DraftChapter = new("IDB0010", Severity.Note);
    public static readonly DiagnosticCode IncludeMissing = new("IDB0011", Severity.Error);
    public static readonly DiagnosticCode IncludeCycle = new("IDB0012", Severity.Error);
    public static readonly DiagnosticCode IncludeAnchorMissing = new("IDB0013", Severity.Error);
    /// <summary>A FIFO, socket, device or folder where a file was expected: never opened.</summary>
    public static readonly DiagnosticCode NotARegularFile = new("IDB0014", Severity.Error);
    public static readonly DiagnosticCode FolderUnreadable = new("IDB0015", Severity.Warning);
    public static readonly DiagnosticCode FolderLinkSkipped = new("IDB0016", Severity.Note);
    /// <summary>Includes that would make a chapter, or the book, larger than its budget.</summary>
    public static readonly DiagnosticCode IncludeTooLarge = new("IDB0017", Severity.Error);
    public static readonly DiagnosticCode FileTimeInvalid = new("IDB0018", Severity.Warning);
    /// <summary>A language tag with an obvious slip (<c>zh_CN</c>), corrected.</summary>
    public static readonly DiagnosticCode LanguageNormalized = new("IDB0019", Severity.Warning);
    public static readonly DiagnosticCode LanguageInvalid = new("IDB0020", Severity.Error);
    /// <summary>A <c>-M key=value</c> that is not one, or names no config key.</summary>
    public static readonly DiagnosticCode MetadataOverrideInvalid = new("IDB0045", Severity.Error);
    /// <summary>A <c>--chapters</c> entry that names no chapter of the book.</summary>
    public static readonly DiagnosticCode ChapterSelectionInvalid = new("IDB0046", Severity.Error);
    /// <summary>What <c>--chapters</c> kept, and the links into chapters it left out.</summary>
    public static readonly DiagnosticCode ChapterSelection = new("IDB0047", Severity.Note);

    // Config and summary schema
    /// <summary>A config key that neither IDocBook nor the tool whose config it is reads: most often a typo.</summary>
    public static readonly DiagnosticCode ConfigKeyUnknown = new("IDB0050", Severity.Warning);
    /// <summary>A config value of the wrong type (a list for a text, a word for a number) or out of range.</summary>
    public static readonly DiagnosticCode ConfigValueInvalid = new("IDB0051", Severity.Error);
    /// <summary>A YAML 1.1 boolean (<c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>), which YAML 1.2 reads as text.</summary>
    public static readonly DiagnosticCode ConfigYaml11Boolean = new("IDB0052", Severity.Warning);
    /// <summary>A summary line that is no entry, part heading or separator: it is left out of the contents.</summary>
    public static readonly DiagnosticCode SummaryLineIgnored = new("IDB0053", Severity.Warning);
    /// <summary>A summary line that was meant as a link and does not parse as one: its chapter is missing.</summary>
    public static readonly DiagnosticCode SummaryLinkInvalid = new("IDB0054", Severity.Error);

    // Markdown and HTML
    public static readonly DiagnosticCode UnsafeHtmlDropped = new("IDB0101", Severity.Warning);
    public static readonly DiagnosticCode ControlCharacter = new("IDB0102", Severity.Warning);
    public static readonly DiagnosticCode NestingTooDeep = new("IDB0103", Severity.Warning);
    public static readonly DiagnosticCode TableTooWide = new("IDB0104", Severity.Warning);
    public static readonly DiagnosticCode DiagramsNotRendered = new("IDB0105", Severity.Note);
    /// <summary>An external URL that is not a URI even after escaping: the text stays, the link goes.</summary>
    public static readonly DiagnosticCode UrlInvalid = new("IDB0110", Severity.Warning);
    /// <summary>An image whose alt text is empty, a generic word or a file name: it describes nothing.</summary>
    public static readonly DiagnosticCode AltTextPlaceholder = new("IDB0140", Severity.Warning);

    // Diagrams
    /// <summary>A mermaid block that does not parse, or cannot be laid out: it stays code.</summary>
    public static readonly DiagnosticCode DiagramSyntax = new("IDB0130", Severity.Warning);
    /// <summary>Mermaid types IDocBook does not draw (pie, gantt …): one note per type.</summary>
    public static readonly DiagnosticCode DiagramTypeNotDrawn = new("IDB0131", Severity.Note);
    /// <summary>A diagram too big for the page, drawn smaller than its labels can be read.</summary>
    public static readonly DiagnosticCode DiagramScaledDown = new("IDB0132", Severity.Warning);

    // Links and anchors
    public static readonly DiagnosticCode LinkTargetMissing = new("IDB0201", Severity.Warning);
    public static readonly DiagnosticCode AnchorMissing = new("IDB0202", Severity.Warning);
    public static readonly DiagnosticCode FootnoteMissing = new("IDB0203", Severity.Warning);

    // Images and other resources
    public static readonly DiagnosticCode ImageMissing = new("IDB0301", Severity.Error);
    public static readonly DiagnosticCode ImageRemote = new("IDB0302", Severity.Warning);
    public static readonly DiagnosticCode ImageNotAnImage = new("IDB0303", Severity.Error);
    public static readonly DiagnosticCode ImageMislabelled = new("IDB0304", Severity.Note);
    public static readonly DiagnosticCode ImageTooLarge = new("IDB0305", Severity.Error);
    public static readonly DiagnosticCode ImageDamaged = new("IDB0306", Severity.Error);
    public static readonly DiagnosticCode ImageDownscaled = new("IDB0307", Severity.Note);
    public static readonly DiagnosticCode SvgSanitized = new("IDB0308", Severity.Warning);
    /// <summary>An SVG past its budget (elements, nesting, &lt;use&gt; expansion, embedded pixels): drawn as a placeholder.</summary>
    public static readonly DiagnosticCode SvgOverBudget = new("IDB0310", Severity.Error);
    /// <summary>Elements or attributes the SVG 1.1 schema forbids where they are, removed so the EPUB stays valid.</summary>
    public static readonly DiagnosticCode SvgNotValid = new("IDB0311", Severity.Warning);

    // Output
    public static readonly DiagnosticCode OutputFailed = new("IDB0401", Severity.Error);
    public static readonly DiagnosticCode FontMissing = new("IDB0402", Severity.Warning);
    /// <summary>A character no font has: drawn as the .notdef box, reported once per character.</summary>
    public static readonly DiagnosticCode CharacterMissing = new("IDB0403", Severity.Warning);
    /// <summary>A role font of the config that is not a usable font: the bundled one takes its role (found before any output, so check sees it).</summary>
    public static readonly DiagnosticCode FontInvalid = new("IDB0410", Severity.Error);
    /// <summary>A fallback font (the config's fallback list or --font-path) that cannot be read as a font: left out of the chain.</summary>
    public static readonly DiagnosticCode FontUnreadable = new("IDB0415", Severity.Warning);
}
