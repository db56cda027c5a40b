using IDocBook.Pdf.Output;
using Shouldly;
using UglyToad.PdfPig.Outline;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfOutlineTests
{
    [Fact]
    public void Bookmarks_nest_as_the_book_and_open_their_pages()
    {
        using var pdf = RenderedSample.Open();

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var roots = bookmarks!.Roots.Cast<DocumentBookmarkNode>().ToList();
        roots.Select(r => (r.Title, r.PageNumber)).ShouldBe([("第一章 容器", 2), ("第二章 镜像", 3)]);
        var section = roots[0].Children.ShouldHaveSingleItem().ShouldBeOfType<DocumentBookmarkNode>();
        section.Title.ShouldBe("1.1 Docker 是什么");
        section.PageNumber.ShouldBe(2);
        roots[1].Children.ShouldBeEmpty();
    }

    [Fact]
    public void A_bookmark_lands_where_its_destination_was_drawn()
    {
        using var pdf = RenderedSample.Open();

        pdf.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var section = (DocumentBookmarkNode)bookmarks!.Roots[0].Children[0];
        // DestinationItem("sec-1-1", 60, 140) on a 595 pt page: PDF y grows upwards.
        section.Destination.Coordinates.Left!.Value.ShouldBe(60, 0.1);
        section.Destination.Coordinates.Top!.Value.ShouldBe(595 - 140, 0.25);
    }

    [Fact]
    public void A_bookmark_to_a_destination_no_page_defines_is_refused()
    {
        var error = Should.Throw<ArgumentException>(() => RenderedSample.Render(fonts =>
            SampleDocument.Build(fonts, images: false) with { Outline = [new OutlineItem("附录", "missing-anchor", [])] }));

        error.Message.ShouldContain("missing-anchor");
    }
}
