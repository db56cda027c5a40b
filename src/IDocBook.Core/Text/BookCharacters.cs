using System.Text;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Text;

/// <summary>Every character a book shows, so fonts can be subset to exactly what is drawn.</summary>
public static class BookCharacters
{
    public static SortedSet<int> Of(Book book, params string[] extra)
    {
        // A book repeats a few thousand characters a million times: a hash set takes them in at a
        // fraction of a sorted tree's cost, and texts are read in place rather than joined into one
        // large string.
        var seen = new HashSet<int>();
        void Add(string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            foreach (var rune in text.EnumerateRunes())
                if (rune.Value > 0x20) seen.Add(rune.Value);
        }

        Add(book.Metadata.Title);
        Add(book.Metadata.Subtitle);
        foreach (var author in book.Metadata.Authors) Add(author);
        foreach (var part in book.Parts) Add(part.Title);
        foreach (var chapter in book.Chapters)
        {
            Add(chapter.Title);
            foreach (var block in Walk.Blocks(chapter.Blocks))
                if (block is CodeBlock code) Add(code.Code);
                else if (block is Heading { Number: { } number }) Add(number);
            foreach (var inline in Walk.Inlines(chapter.Blocks))
            {
                switch (inline)
                {
                    case Model.Text t: Add(t.Value); break;
                    case Image i: Add(i.Alt); Add(i.Title); break;
                    case InlineCode c: Add(c.Value); break;
                }
            }
        }
        foreach (var s in extra) Add(s);
        return new SortedSet<int>(seen);
    }
}
