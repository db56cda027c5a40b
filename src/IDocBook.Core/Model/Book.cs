namespace IDocBook.Core.Model;

/// <summary>The whole book: what every writer reads.</summary>
public sealed record Book(BookMetadata Metadata, IReadOnlyList<Part> Parts, IReadOnlyList<Resource> Resources)
{
    /// <summary>Every chapter in reading order, sub-chapters after their parent.</summary>
    public IEnumerable<Chapter> Chapters => Parts.SelectMany(p => p.Chapters).SelectMany(c => c.SelfAndDescendants());

    public Resource? FindResource(string href) => Resources.FirstOrDefault(r => r.Href == href);
}

/// <summary>A group of chapters; <see cref="Title"/> is null for the unnamed first part.</summary>
public sealed record Part(string? Title, IReadOnlyList<Chapter> Chapters);

/// <summary>
/// One chapter: one source file. <see cref="Id"/> is unique in the book, XML-valid and stable
/// (derived from the file path), and names the chapter's output file.
/// </summary>
public sealed record Chapter(string Id, string Title, string SourcePath, IReadOnlyList<Block> Blocks, IReadOnlyList<Chapter> Children)
{
    public ChapterKind Kind { get; init; } = ChapterKind.Numbered;

    public IEnumerable<Chapter> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

/// <summary>mdBook's prefix and suffix chapters are not numbered; everything else is.</summary>
public enum ChapterKind { Prefix, Numbered, Suffix }

/// <summary>A file the book uses (image, font), stored under <see cref="Href"/> (book-relative, '/' separated).</summary>
public sealed record Resource(string Href, string MediaType, byte[] Data)
{
    public int Width { get; init; }
    public int Height { get; init; }
}
