using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Gives every heading (and every element with an author id) an id that is unique in the whole
/// book, XML-valid and stable: GitHub slugs with Chinese kept (<c>docker的简介</c>), duplicates
/// numbered in reading order (<c>安装-1</c>). Returns the index that maps what authors link to.
/// </summary>
public static class HeadingIds
{
    public static (Book Book, AnchorIndex Anchors) Assign(Book book)
    {
        var used = new UsedIds();
        var anchors = new AnchorIndex();
        // Reading order matters for which duplicate keeps the plain id, so walk chapters in order.
        var assigned = new Dictionary<string, Chapter>();
        foreach (var chapter in book.Chapters)
        {
            var local = new Dictionary<string, int>(StringComparer.Ordinal);
            var blocks = Rewrite.Blocks(chapter.Blocks, block => block switch
            {
                Heading h => h with { Attributes = h.Attributes.WithId(Unique(chapter.Id, h.Attributes.Id, Slug.GitHub(InlineText.Of(h.Content)), local, used, anchors)) },
                Div { Attributes.Id: { } id } d => d with { Attributes = d.Attributes.WithId(Unique(chapter.Id, id, null, local, used, anchors)) },
                _ => block,
            });
            blocks = Rewrite.Inlines(blocks, inline => inline is Span { Attributes.Id: { } id } s
                ? s with { Attributes = s.Attributes.WithId(Unique(chapter.Id, id, null, local, used, anchors)) }
                : inline);
            assigned[chapter.Id] = chapter with { Blocks = blocks };
        }
        return (Rewrite.Chapters(book, c => assigned[c.Id] with { Children = c.Children }), anchors);
    }

    private static string Unique(string chapterId, string? explicitId, string? slug, Dictionary<string, int> local,
        UsedIds used, AnchorIndex anchors)
    {
        // GitHub numbers repeated slugs within one file; authors link to those numbered forms.
        var written = explicitId ?? slug ?? "section";
        if (explicitId is null)
        {
            var count = local.GetValueOrDefault(written);
            local[written] = count + 1;
            if (count > 0) written = $"{written}-{count}";
        }
        var id = Slug.XmlSafe(written.Length == 0 ? "section" : written);
        var candidate = used.Claim(id);
        anchors.Add(chapterId, written, candidate);
        if (slug is not null && explicitId is not null) anchors.Add(chapterId, slug, candidate);
        return candidate;
    }

    /// <summary>The ids given so far in the book.</summary>
    private sealed class UsedIds
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        // The last number given to each id: every chapter of a book may have its "小结" or "Summary",
        // and trying -1, -2, … from the start each time was quadratic in their number.
        private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

        /// <summary><paramref name="id"/> if it is free, else the first free <c>id-N</c>, now taken.</summary>
        public string Claim(string id)
        {
            if (_used.Add(id)) return id;
            // Ids only ever become taken, so every number below the last one given is still taken.
            var n = _lastNumber.GetValueOrDefault(id);
            string candidate;
            do candidate = $"{id}-{++n}";
            while (!_used.Add(candidate));
            _lastNumber[id] = n;
            return candidate;
        }
    }
}
