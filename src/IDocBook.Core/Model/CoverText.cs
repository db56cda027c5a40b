namespace IDocBook.Core.Model;

/// <summary>
/// What a drawn cover shows. A folder book's settings give it before any chapter is read, so a
/// writer can start drawing while the rest of the book is still being read.
/// </summary>
public sealed record CoverText(string Title, string? Subtitle, IReadOnlyList<string> Authors)
{
    public static CoverText Of(BookMetadata metadata) => new(metadata.Title, metadata.Subtitle, metadata.Authors);

    /// <summary>Equal for equal texts (the record's own equality compares the author list by reference).</summary>
    public string Key => string.Join('\n', [Title, Subtitle ?? "", .. Authors]);
}
