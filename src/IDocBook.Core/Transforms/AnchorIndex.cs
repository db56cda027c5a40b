namespace IDocBook.Core.Transforms;

/// <summary>
/// For each chapter, the fragments an author may write (GitHub slugs, explicit ids, HTML anchors)
/// and the unique id each became in the book.
/// </summary>
public sealed class AnchorIndex
{
    private readonly Dictionary<string, Dictionary<string, string>> _byChapter = [];

    internal void Add(string chapterId, string fragment, string id)
    {
        if (!_byChapter.TryGetValue(chapterId, out var map)) _byChapter[chapterId] = map = new(StringComparer.Ordinal);
        map.TryAdd(fragment, id);
    }

    /// <summary>The id for <paramref name="fragment"/> in the chapter, trying it as written, decoded and as a slug.</summary>
    public string? Find(string chapterId, string fragment)
    {
        if (!_byChapter.TryGetValue(chapterId, out var map)) return null;
        var decoded = Uri.UnescapeDataString(fragment);
        foreach (var candidate in new[] { fragment, decoded, Slug.GitHub(decoded) })
            if (map.TryGetValue(candidate, out var id)) return id;
        return null;
    }
}
