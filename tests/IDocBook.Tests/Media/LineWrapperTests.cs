using IDocBook.Media.Cover;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Media;

public sealed class LineWrapperTests
{
    // One unit per UTF-16 char keeps expectations readable; the real renderer measures shaped text.
    private static float Chars(string s) => s.Length;

    [Fact]
    public void Cjk_breaks_between_any_two_characters()
    {
        LineWrapper.Wrap("容器镜像仓库", 4, Chars).Lines.ShouldBe(["容器镜像", "仓库"]);
    }

    [Fact]
    public void Latin_words_stay_whole()
    {
        var result = LineWrapper.Wrap("docker build context", 14, Chars);

        result.Lines.ShouldBe(["docker build", "context"]);
        result.BrokeWord.ShouldBeFalse();
    }

    [Fact]
    public void Mixed_text_breaks_at_the_script_boundary_not_inside_the_word()
    {
        LineWrapper.Wrap("docker学习笔记", 8, Chars).Lines.ShouldBe(["docker学习", "笔记"]);
        LineWrapper.Wrap("学习docker笔记", 6, Chars).Lines.ShouldBe(["学习", "docker", "笔记"]);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_never_ends_one()
    {
        LineWrapper.Wrap("容器镜像。仓库", 4, Chars).Lines.ShouldBe(["容器镜", "像。仓库"]);
        LineWrapper.Wrap("容器（镜像）", 3, Chars).Lines.ShouldBe(["容器", "（镜", "像）"]);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_and_reported()
    {
        var result = LineWrapper.Wrap("abcdefghij", 4, Chars);

        result.Lines.ShouldBe(["abcd", "efgh", "ij"]);
        result.BrokeWord.ShouldBeTrue();
    }

    [Fact]
    public void Ellipsize_shortens_to_fit_and_drops_a_dangling_opening_bracket()
    {
        LineWrapper.Ellipsize("容器镜像仓库", 4, Chars).ShouldBe("容器镜…");
        LineWrapper.Ellipsize("容器（镜像", 4, Chars).ShouldBe("容器…");
    }
}
