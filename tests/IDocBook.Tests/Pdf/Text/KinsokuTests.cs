using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

public sealed class KinsokuTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private const string Closing = "，。、；：？！）」』》…·～";
    private const string Opening = "（「『《";

    private const string Paragraph =
        "这是一个测试，看看标点。「引用的话」（括号内容）以及更多的文字、顿号；分号：冒号？问号！感叹号……省略号。" +
        "甲乙丙丁戊己·庚辛壬癸～甲乙丙《书名》丁戊『双引』己庚辛。";

    [Fact]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation_at_any_width()
    {
        var layouter = fixture.Layouter();
        var naiveViolations = 0;
        for (var width = 25f; width <= 400f; width += 2.5f)
        {
            var lines = layouter.Layout(Spec(Paragraph, width) with { Align = TextAlign.Left });
            var texts = Texts(lines);
            string.Concat(texts).ShouldBe(Paragraph);
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i].ShouldNotBeEmpty();
                if (i > 0) Closing.ShouldNotContain(texts[i][0], $"width {width}: line {i} '{texts[i]}' starts with closing punctuation");
                if (i < texts.Length - 1) Opening.ShouldNotContain(texts[i][^1], $"width {width}: line {i} '{texts[i]}' ends with opening punctuation");
            }
            if (NaiveBreakViolates(layouter, width)) naiveViolations++;
        }
        // The sweep must include widths where filling the line character by character would break the rules.
        naiveViolations.ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("甲乙丙丁戊己·庚", "·")]
    [InlineData("甲乙丙丁戊己～庚", "～")]
    [InlineData("甲乙丙丁戊己」庚", "」")]
    public void Punctuation_ICU_would_put_first_is_pulled_back(string text, string mark)
    {
        // Six ideographs fill a 60pt line at 10pt: a naive break would start line 2 with the mark.
        var lines = Texts(fixture.Layouter().Layout(Spec(text, 60) with { Align = TextAlign.Left }));

        lines.Length.ShouldBeGreaterThan(1);
        lines[1].ShouldNotStartWith(mark);
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void Opening_bracket_moves_to_the_next_line()
    {
        var lines = Texts(fixture.Layouter().Layout(Spec("甲乙丙丁戊「己庚」", 60) with { Align = TextAlign.Left }));

        lines[0].ShouldBe("甲乙丙丁戊");
        lines[1].ShouldStartWith("「");
    }

    private static bool NaiveBreakViolates(TextLayouter layouter, float width)
    {
        var fit = 0;
        while (fit < Paragraph.Length && layouter.Measure(Paragraph[..(fit + 1)], Body()) <= width) fit++;
        return fit < Paragraph.Length && fit > 0 && (Closing.Contains(Paragraph[fit]) || Opening.Contains(Paragraph[fit - 1]));
    }
}
