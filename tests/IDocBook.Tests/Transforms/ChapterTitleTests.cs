using IDocBook.Core.Transforms;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Transforms;

public class ChapterTitleTests
{
    [Theory]
    [InlineData("# Title\n\nText.", true)]
    [InlineData("<a name=\"top\"></a>\n\n# Title\n\nText.", true)]
    [InlineData("<p align=\"center\"><img src=\"banner.png\"></p>\n\n# Title", true)]
    [InlineData("![banner](b.png)\n\n---\n\n# Title", true)]
    [InlineData("Text first.\n\n# Title", false)]
    [InlineData("<div>words</div>\n\n# Title", false)]
    [InlineData("", false)]
    public void A_title_after_raw_HTML_that_shows_no_text_is_the_chapters_own(string markdown, bool own)
    {
        ChapterTitle.IsInText(Read.Blocks(markdown)).ShouldBe(own);
    }
}
