using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Text;

/// <summary>Every character a book shows, so fonts can be subset to exactly what is drawn.</summary>
public static class BookCharacters
{
    /// <summary>
    /// The code points above U+0020 in the book's texts and in <paramref name="extra"/>; a lone
    /// surrogate counts as U+FFFD, which is what a font would be asked to draw for it.
    /// </summary>
    public static SortedSet<int> Of(Book book, params string[] extra)
    {
        // A book repeats a few thousand characters a million times: a bit per BMP character takes
        // them in at a fraction of a hash set's cost, and the chapters are read on every core.
        var all = new CharacterSet();
        var chapters = book.Chapters.ToList();
        Parallel.For(0, chapters.Count, () => new CharacterSet(), (i, _, own) => AddChapter(own, chapters[i]), own =>
        {
            lock (all) all.UnionWith(own);
        });
        all.Add(book.Metadata.Title);
        all.Add(book.Metadata.Subtitle);
        all.Add(book.Metadata.Version);
        foreach (var author in book.Metadata.Authors) all.Add(author);
        foreach (var part in book.Parts) all.Add(part.Title);
        foreach (var s in extra) all.Add(s);
        return all.ToSortedSet();
    }

    private static CharacterSet AddChapter(CharacterSet set, Chapter chapter)
    {
        set.Add(chapter.Title);
        foreach (var block in Walk.Blocks(chapter.Blocks))
            if (block is CodeBlock code) set.Add(code.Code);
            else if (block is Diagram diagram) AddDiagram(set, diagram);
            else if (block is Heading { Number: { } number }) set.Add(number);
            else if (block is Listing listing) { set.Add(listing.Number); set.Add(listing.FileName); }
        foreach (var inline in Walk.Inlines(chapter.Blocks))
        {
            switch (inline)
            {
                case Model.Text t: set.Add(t.Value); break;
                case Image i: set.Add(i.Alt); set.Add(i.Title); break;
                case InlineCode c: set.Add(c.Value); break;
            }
        }
        return set;
    }

    // The labels as drawn, and the title shown as its caption.
    private static void AddDiagram(CharacterSet set, Diagram diagram)
    {
        foreach (var text in diagram.Scene.Texts) set.Add(text.Text);
        set.Add(diagram.Title);
    }

    private sealed class CharacterSet
    {
        private readonly ulong[] _basic = new ulong[0x10000 / 64];
        private readonly HashSet<int> _supplementary = [];

        public void Add(string? text)
        {
            if (text is null) return;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsSurrogate(c))
                {
                    if (c > ' ') _basic[c >> 6] |= 1UL << c;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    _supplementary.Add(char.ConvertToUtf32(c, text[++i]));
                }
                else
                {
                    _basic[0xFFFD >> 6] |= 1UL << 0xFFFD;
                }
            }
        }

        public CharacterSet UnionWith(CharacterSet other)
        {
            for (var i = 0; i < _basic.Length; i++) _basic[i] |= other._basic[i];
            _supplementary.UnionWith(other._supplementary);
            return this;
        }

        public SortedSet<int> ToSortedSet()
        {
            var result = new SortedSet<int>(_supplementary);
            for (var i = 0; i < _basic.Length; i++)
                for (var bits = _basic[i]; bits != 0; bits &= bits - 1)
                    result.Add(i * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits));
            return result;
        }
    }
}
