using System.Text;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Core.Text;

/// <summary>Every character a book shows, so fonts can be subset to exactly what is drawn.</summary>
public static class BookCharacters
{
    public static SortedSet<int> Of(Book book, params string[] extra)
    {
        var text = new StringBuilder().Append(book.Metadata.Title).Append(book.Metadata.Subtitle).AppendJoin("", book.Metadata.Authors);
        foreach (var part in book.Parts) text.Append(part.Title);
        foreach (var chapter in book.Chapters)
        {
            text.Append(chapter.Title);
            foreach (var block in Walk.Blocks(chapter.Blocks))
                if (block is CodeBlock code) text.Append(code.Code);
                else if (block is Heading { Number: { } number }) text.Append(number);
            foreach (var inline in Walk.Inlines(chapter.Blocks))
                text.Append(inline switch { Model.Text t => t.Value, Image i => i.Alt + i.Title, InlineCode c => c.Value, _ => "" });
        }
        foreach (var s in extra) text.Append(s);
        var points = new SortedSet<int>();
        foreach (var rune in text.ToString().EnumerateRunes()) if (rune.Value > 0x20) points.Add(rune.Value);
        return points;
    }
}
