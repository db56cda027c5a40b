namespace IDocBook.Core;

/// <summary>What the command line asks of reading a book, besides the book itself.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    /// <summary><c>key=value</c> settings that win over the book's configs (<c>-M</c>).</summary>
    public IReadOnlyList<string> Metadata { get; init; } = [];

    /// <summary>The chapters to keep (<c>--chapters 2-3,5</c>), or null for all (see <see cref="Transforms.ChapterSelection"/>).</summary>
    public string? Chapters { get; init; }
}
