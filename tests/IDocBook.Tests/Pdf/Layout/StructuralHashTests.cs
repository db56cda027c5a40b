using IDocBook.Core.Model;

using IDocBook.Pdf.Layout;
using Shouldly;

namespace IDocBook.Tests.Pdf.Layout;

public sealed class StructuralHashTests
{
    private static Chapter Chapter(string text, string? href = null) =>
        new("ch1", "安装", "a.md",
        [
            new Heading(1, [new IDocBook.Core.Model.Text("安装", SourceSpan.None)], Attributes.Empty, SourceSpan.None),
            new Paragraph([new IDocBook.Core.Model.Text(text, SourceSpan.None), .. href is null ? Array.Empty<Inline>() : [new Link(new InternalTarget(href, null), null, [new IDocBook.Core.Model.Text("这里", SourceSpan.None)], SourceSpan.None)]], SourceSpan.None),
        ], []);

    [Fact]
    public void Equal_content_in_different_objects_hashes_the_same()
    {
        StructuralHash.Of(Chapter("先装好 Docker。")).ShouldBe(StructuralHash.Of(Chapter("先装好 " + "Docker。")));
    }

    [Fact]
    public void Any_difference_deep_in_the_tree_changes_the_hash()
    {
        var chapter = Chapter("先装好 Docker。", "b.md");

        StructuralHash.Of(chapter).ShouldNotBe(StructuralHash.Of(Chapter("先装好 Docker!", "b.md")));
        StructuralHash.Of(chapter).ShouldNotBe(StructuralHash.Of(Chapter("先装好 Docker。", "c.md")));
        StructuralHash.Of(chapter).ShouldNotBe(StructuralHash.Of(chapter with { Kind = ChapterKind.Suffix }));
        StructuralHash.Of(chapter).ShouldNotBe(StructuralHash.Of(Chapter("先装好 Docker。")));
    }

    [Fact]
    public void A_diagrams_scene_is_part_of_the_hash()
    {
        static Diagram Drawn(string label, float x) => new("mermaid", "flowchart LR\n  A",
            new DiagramScene(100, 40,
                [new SceneShape("node", [new PathSegment(PathVerb.MoveTo, x, 0), new PathSegment(PathVerb.LineTo, 50, 0), new PathSegment(PathVerb.Close, 0, 0)], 0xFFF3F5F8, 0xFF5A6270, 0.75f)],
                [new SceneText(10, 20, label, 9, 20, 0xFF1A1A1A)]), SourceSpan.None);

        StructuralHash.Of(Drawn("开始", 0)).ShouldBe(StructuralHash.Of(Drawn("开始", 0)));
        StructuralHash.Of(Drawn("开始", 0)).ShouldNotBe(StructuralHash.Of(Drawn("结束", 0)));
        StructuralHash.Of(Drawn("开始", 0)).ShouldNotBe(StructuralHash.Of(Drawn("开始", 1)));
    }

    [Fact]
    public void Values_are_told_apart_by_type_and_order()
    {
        StructuralHash.Of(1f, 2f).ShouldNotBe(StructuralHash.Of(2f, 1f));
        StructuralHash.Of("ab", "c").ShouldNotBe(StructuralHash.Of("a", "bc"));
        StructuralHash.Of(new byte[] { 1, 2 }).ShouldNotBe(StructuralHash.Of(new byte[] { 1, 3 }));
    }
}
