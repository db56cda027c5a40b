using IDocBook.Core.Text;
using IDocBook.Core.Model;

namespace IDocBook.Epub;

/// <summary>What every part builder needs to know about the whole book while writing one file.</summary>
internal sealed class EpubContext
{
    private readonly Dictionary<string, Chapter> _chapters;

    public EpubContext(Book book, EpubOptions options)
    {
        Book = book;
        Options = options;
        Labels = Labels.For(book.Metadata.Language);
        Resources = new ResourceNames(book, options);
        Chapters = [.. book.Chapters];
        _chapters = Chapters.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public Book Book { get; }
    public EpubOptions Options { get; }
    public Labels Labels { get; }
    public ResourceNames Resources { get; }
    public IReadOnlyList<Chapter> Chapters { get; }
    public string Language => Book.Metadata.Language;

    /// <summary>Ids actually written in each chapter file; null while they are being collected, when every anchor is trusted.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Anchors { get; set; }

    /// <summary>Highlighting styles used by the code blocks written, keyed by name (the first definition wins).</summary>
    public SortedDictionary<string, Core.Model.TokenStyle> CodeStyles { get; } = new(StringComparer.Ordinal);

    public static string ChapterPath(string chapterId) => $"text/{chapterId}.xhtml";

    /// <summary>False when <see cref="Anchors"/> shows that an existing chapter lacks the anchor, so a link to it must fall back to the chapter.</summary>
    public bool HasAnchor((string Chapter, string Anchor) target) =>
        Anchors is null || !_chapters.ContainsKey(target.Chapter) || (Anchors.TryGetValue(target.Chapter, out var ids) && ids.Contains(target.Anchor));

    /// <summary>
    /// The href of a chapter (and anchor) relative to <paramref name="fromDir"/> ("" for OEBPS/, "text/"
    /// for chapters), or null when the chapter does not exist. An anchor the target file does not
    /// contain is dropped, so the link still lands on the right chapter.
    /// </summary>
    public string? Href(string chapterId, string? anchor, string fromDir)
    {
        if (!_chapters.ContainsKey(chapterId)) return null;
        var path = fromDir == "text/" ? $"{chapterId}.xhtml" : ChapterPath(chapterId);
        return anchor is not null && HasAnchor((chapterId, anchor)) ? $"{path}#{anchor}" : path;
    }
}
