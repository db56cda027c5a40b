using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>One line of a SUMMARY.md: a title and the chapter file it links to (null for a title-only entry, "" for a draft).</summary>
public sealed record SummaryEntry(string? Title, string? Path, IReadOnlyList<SummaryEntry> Children, SourceSpan Source)
{
    public ChapterKind Kind { get; init; } = ChapterKind.Numbered;
}

/// <summary>A part of the summary; <see cref="Title"/> is null before the first part heading.</summary>
public sealed record SummaryPart(string? Title, IReadOnlyList<SummaryEntry> Entries);
