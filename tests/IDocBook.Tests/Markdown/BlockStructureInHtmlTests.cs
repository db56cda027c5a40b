using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Markdown;

/// <summary>What a book's raw HTML wraps stays what it is: Markdown blocks inside HTML keep their block structure.</summary>
public class BlockStructureInHtmlTests
{
    private const string RustListing = """
        Some text.

        <Listing number="2-1" file-name="src/main.rs" caption="Code that gets a guess from the user and prints it with `println!`">

        ```rust,ignore,does_not_compile
        use std::io;

        fn main() {
            println!("Guess the number!");
        }
        ```

        </Listing>

        After.
        """;

    [Fact]
    public void A_listing_keeps_its_fenced_code_as_a_code_block_with_number_file_and_caption()
    {
        var blocks = Read.Blocks(RustListing);

        blocks.Select(b => b.GetType().Name).ShouldBe(["Paragraph", "Listing", "Paragraph"]);
        var listing = blocks.OfType<Listing>().Single();
        listing.Number.ShouldBe("2-1");
        listing.FileName.ShouldBe("src/main.rs");
        InlineText.Of(listing.Caption).ShouldBe("Code that gets a guess from the user and prints it with println!");
        listing.Caption.OfType<InlineCode>().Single().Value.ShouldBe("println!");
        listing.Source.Line.ShouldBe(3);
        var code = listing.Content.OfType<CodeBlock>().Single();
        code.Language.ShouldBe("rust");
        code.Code.ShouldBe("use std::io;\n\nfn main() {\n    println!(\"Guess the number!\");\n}");
        code.Attributes.Classes.ShouldBe(["ignore", "does_not_compile"]);
        CodeNotes.Of(code).ShouldBe(CodeNoteKind.DoesNotCompile);
    }

    [Fact]
    public void The_caption_reads_Listing_number_colon_caption_in_the_books_language()
    {
        var listing = Read.Blocks(RustListing).OfType<Listing>().Single();

        InlineText.Of(ListingCaption.Of(listing, Labels.For("en"))).ShouldBe("Listing 2-1: Code that gets a guess from the user and prints it with println!");
        InlineText.Of(ListingCaption.Of(listing, Labels.For("zh-CN"))).ShouldStartWith("代码清单 2-1：Code");
        ListingCaption.Of(listing with { Caption = [] }, Labels.For("en")).ShouldHaveSingleItem().ShouldBeOfType<Strong>();
        ListingCaption.Of(listing with { Caption = [], Number = null }, Labels.For("en")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("rust,panics", CodeNoteKind.Panics)]
    [InlineData("rust,should_panic,panics", CodeNoteKind.Panics)]
    [InlineData("rust,not_desired_behavior", CodeNoteKind.NotDesiredBehavior)]
    [InlineData("rust,no_run", null)]
    [InlineData("rust", null)]
    public void Fence_marks_for_code_that_fails_are_kept(string info, CodeNoteKind? note)
    {
        var code = Read.Blocks($"```{info}\nfn main() {{}}\n```").OfType<CodeBlock>().Single();

        code.Language.ShouldBe("rust");
        CodeNotes.Of(code).ShouldBe(note);
    }

    [Fact]
    public void A_custom_element_around_markdown_keeps_lists_quotes_and_code_as_blocks()
    {
        var blocks = Read.Blocks("<my-box class=\"aside\">\n\n- one\n- two\n\n> quoted\n\n    indented code\n\n</my-box>");

        var div = blocks.OfType<Div>().Single();
        div.Attributes.HasClass("aside").ShouldBeTrue();
        div.Content.Select(b => b.GetType().Name).ShouldBe(["ListBlock", "BlockQuote", "CodeBlock"]);
        div.Content.OfType<CodeBlock>().Single().Code.ShouldBe("indented code");
    }

    [Fact]
    public void Inline_formatting_around_paragraphs_applies_to_each_paragraph()
    {
        var blocks = Read.Blocks("<b>\n\nfirst\n\nsecond\n\n</b>");

        blocks.Count.ShouldBe(2);
        blocks.ShouldAllBe(b => b is Paragraph && ((Paragraph)b).Content.Single() is Strong);
        InlineText.Of(((Paragraph)blocks[1]).Content).ShouldBe("second");
    }

    [Fact]
    public void An_images_alt_text_is_not_a_caption_and_its_title_is()
    {
        var plain = Read.Blocks("![a diagram of the daemon](d.png)").OfType<Figure>().Single();
        var titled = Read.Blocks("![a diagram of the daemon](d.png \"Figure 1: the daemon\")").OfType<Figure>().Single();
        var html = Read.Blocks("<img src=\"d.png\" alt=\"alt words\" title=\"HTML title\">").OfType<Figure>().Single();
        var figcaption = Read.Blocks("<figure><img src=\"d.png\" alt=\"alt\" title=\"t\"><figcaption>Caption</figcaption></figure>").OfType<Figure>().Single();

        plain.Caption.ShouldBeEmpty();
        InlineText.Of(titled.Caption).ShouldBe("Figure 1: the daemon");
        InlineText.Of(html.Caption).ShouldBe("HTML title");
        InlineText.Of(figcaption.Caption).ShouldBe("Caption");
    }
}
