using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Markdown;

public class QuotedFootnoteTests
{
    [Fact]
    public void A_footnote_defined_inside_a_block_quote_is_a_footnote()
    {
        var blocks = Read.Blocks("Intro.\n\n> A quote with a note[^q].\n>\n> [^q]: Defined in the quote,\n>     over two lines.\n\nAfter.");

        var quote = blocks.OfType<BlockQuote>().Single();
        var reference = Walk.Inlines(quote.Content).OfType<FootnoteReference>().Single();
        var definition = blocks.OfType<FootnoteDefinition>().Single();
        definition.Number.ShouldBe(reference.Number);
        InlineText.Of(((Paragraph)definition.Content.Single()).Content).ShouldBe("Defined in the quote, over two lines.");
        definition.Source.Line.ShouldBe(5);
        Walk.Inlines(blocks).OfType<Text>().ShouldNotContain(t => t.Value.Contains("[^"));
        blocks.OfType<Paragraph>().Select(p => InlineText.Of(p.Content)).ShouldBe(["Intro.", "After."]);
    }

    [Fact]
    public void A_definition_shown_inside_quoted_code_stays_code()
    {
        var blocks = Read.Blocks("> ```\n> [^x]: not a note\n> ```");

        blocks.OfType<BlockQuote>().Single().Content.OfType<CodeBlock>().Single().Code.ShouldBe("[^x]: not a note");
        blocks.OfType<FootnoteDefinition>().ShouldBeEmpty();
    }
}
