namespace IDocBook.Epub;

/// <summary>What the EPUB writer needs beyond the book itself.</summary>
public sealed record EpubOptions
{
    /// <summary>A generated cover (PNG bytes), used when the book names no cover image of its own.</summary>
    public byte[]? CoverPng { get; init; }

    /// <summary>
    /// Fonts to embed, already subset by the caller to the book's characters, or none. A task,
    /// because subsetting takes about as long as writing the chapters, which do not need it.
    /// </summary>
    public Task<IReadOnlyList<EmbeddedFont>> Fonts { get; init; } = Task.FromResult<IReadOnlyList<EmbeddedFont>>([]);

    /// <summary>
    /// The pages of the print edition built with this EPUB, or null: with them the EPUB marks where
    /// each page begins (<c>epub:type="pagebreak"</c>) and lists them in a <c>page-list</c> nav.
    /// </summary>
    public IDocBook.Core.Model.PrintEdition? PrintPages { get; init; }
}

/// <summary>What an embedded face sets: the CJK text face, the Latin text face, or the Latin face of headings.</summary>
public enum EmbeddedFontKind { Cjk, Latin, LatinSans }

/// <summary>
/// A TrueType font to embed: what it sets, its weight and style, its file name under <c>fonts/</c> and
/// its bytes. The stylesheet names the families and puts them in the font stacks.
/// </summary>
public sealed record EmbeddedFont(EmbeddedFontKind Kind, string FileName, byte[] Data)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
}
