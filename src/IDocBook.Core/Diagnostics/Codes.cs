namespace IDocBook.Core.Diagnostics;

/// <summary>Every diagnostic the tool can give, with its default severity. Numbers are never reused.</summary>
public static class Codes
{
    // Loading the book
    public static readonly DiagnosticCode BookNotFound = new("IDB0001", Severity.Error);
    public static readonly DiagnosticCode ConfigInvalid = new("IDB0002", Severity.Error);
    public static readonly DiagnosticCode SummaryEntryMissing = new("IDB0003", Severity.Error);
    public static readonly DiagnosticCode SummaryDuplicate = new("IDB0004", Severity.Warning);
    public static readonly DiagnosticCode OutsideBook = new("IDB0005", Severity.Error);
    public static readonly DiagnosticCode FileUnreadable = new("IDB0006", Severity.Error);
    public static readonly DiagnosticCode InvalidEncoding = new("IDB0007", Severity.Warning);
    public static readonly DiagnosticCode EmptyBook = new("IDB0008", Severity.Error);
    public static readonly DiagnosticCode FrontMatterInvalid = new("IDB0009", Severity.Warning);
    public static readonly DiagnosticCode DraftChapter = new("IDB0010", Severity.Note);
    public static readonly DiagnosticCode IncludeMissing = new("IDB0011", Severity.Error);
    public static readonly DiagnosticCode IncludeCycle = new("IDB0012", Severity.Error);
    public static readonly DiagnosticCode IncludeAnchorMissing = new("IDB0013", Severity.Error);
    /// <summary>A typesetting key of the config (punctuation, toc-depth, two-sided, hanging-punctuation) has a value it cannot take; the default is used.</summary>
    public static readonly DiagnosticCode TypesettingOptionInvalid = new("IDB0040", Severity.Warning);

    // Markdown and HTML
    public static readonly DiagnosticCode UnsafeHtmlDropped = new("IDB0101", Severity.Warning);
    public static readonly DiagnosticCode ControlCharacter = new("IDB0102", Severity.Warning);
    public static readonly DiagnosticCode NestingTooDeep = new("IDB0103", Severity.Warning);
    public static readonly DiagnosticCode TableTooWide = new("IDB0104", Severity.Warning);
    public static readonly DiagnosticCode DiagramsNotRendered = new("IDB0105", Severity.Note);

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

    // Output
    public static readonly DiagnosticCode OutputFailed = new("IDB0401", Severity.Error);
    public static readonly DiagnosticCode FontMissing = new("IDB0402", Severity.Warning);
    /// <summary>A character no font has: drawn as the .notdef box, reported once per character.</summary>
    public static readonly DiagnosticCode CharacterMissing = new("IDB0403", Severity.Warning);
}
