using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Characters;

public sealed class BookCharactersTests
{
    [Fact]
    public void Every_shown_character_is_found_once_in_order_from_every_chapter_and_the_metadata()
    {
        // Enough chapters that they are read on several threads and merged.
        var chapters = Enumerable.Range(0, 64).Select(i => new Chapter($"c{i}", i == 0 ? "标题" : "", "c.md",
            Read.Blocks(i == 63 ? "# Ω\n\n正文 *强调* `代码` ![图](x.png)\n\n```\ncode 😀 \uD800x\n```" : "a b"), [])).ToList();
        var book = new Book(new BookMetadata { Title = "书名", Authors = ["作者"], Identifier = "id", Name = "book" }, [new Part("部分", chapters)], []);

        var characters = BookCharacters.Of(book, "额外");

        var expected = "标题ΩΩ正文强调代码图codexab书名作者部分额外\uFFFD".EnumerateRunes().Select(r => r.Value).Append(0x1F600).Distinct().Order();
        characters.ShouldBe(expected);
    }
}
