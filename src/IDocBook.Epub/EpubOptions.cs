namespace IDocBook.Epub;

/// <summary>What the EPUB writer needs beyond the book itself.</summary>
public sealed record EpubOptions
{
    /// <summary>A generated cover (PNG bytes), used when the book names no cover image of its own.</summary>
    public byte[]? CoverPng { get; init; }

    /// <summary>
    /// A body font to embed, already subset by the caller to the book's characters, or none. A task,
    /// because subsetting takes about as long as writing the chapters, which do not need it.
    /// </summary>
    public Task<EmbeddedFont?> BodyFont { get; init; } = Task.FromResult<EmbeddedFont?>(null);
}

/// <summary>A TrueType font to embed: the CSS family name and the font file's bytes.</summary>
public sealed record EmbeddedFont(string Family, byte[] Data);
