namespace IDocBook.Core.Model;

/// <summary>
/// One line of the table of contents: a chapter (<see cref="Anchor"/> null) or a heading inside one.
/// Both writers draw the same tree, built once by <c>TableOfContents.Build</c>.
/// </summary>
public sealed record TocEntry(string Title, string ChapterId, string? Anchor, IReadOnlyList<TocEntry> Children)
{
    /// <summary>The section number ("2.3") when numbering is on.</summary>
    public string? Number { get; init; }
}

/// <summary>A part heading in the table of contents with its entries; <see cref="Title"/> null when unnamed.</summary>
public sealed record TocPart(string? Title, IReadOnlyList<TocEntry> Entries);
