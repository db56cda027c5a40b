using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

public sealed class FallbackTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    [Fact]
    public void Code_uses_the_mono_font_for_Latin_and_the_regular_CJK_font_for_Chinese()
    {
        var line = fixture.Layouter().Layout(new ParagraphSpec([new StyledText("代码 code", new TextStyle(FontRole.Mono, 10))], 300)).Single();

        line.Runs.Select(r => (r.Text, r.Font.Name)).ShouldBe([("代码", "NotoSerifSC-Regular"), (" code", "JetBrainsMono-Regular")]);
        line.Runs.SelectMany(r => r.Glyphs).ShouldNotContain((ushort)0);
    }

    [Fact]
    public void Latin_inside_Chinese_body_text_is_set_in_the_Latin_face()
    {
        var line = fixture.Layouter().Layout(Spec("使用Docker容器", 300)).Single();

        line.Runs.Select(r => (r.Text, r.Font.Name)).ShouldBe([("使用", "NotoSerifSC-Regular"), ("Docker", "NotoSerif-Regular"), ("容器", "NotoSerifSC-Regular")]);
    }

    [Theory]
    [InlineData("➜ ✔", "NotoSansSymbols2-Regular")]
    [InlineData("✅ ❌ 😀", "NotoEmoji-Regular")]
    [InlineData("한국어", "NanumMyeongjo-Regular")]
    [InlineData("Αβγ Жж", "NotoSerif-Regular")]
    public void Emoji_symbols_Hangul_Greek_and_Cyrillic_draw(string text, string face)
    {
        var line = fixture.Layouter("en").Layout(Spec(text, 300)).Single();

        TextOf(line).ShouldBe(text);
        line.Runs.Where(r => r.Text.Trim().Length > 0).ShouldContain(r => r.Font.Name == face);
        line.Runs.SelectMany(r => r.Glyphs).ShouldNotContain((ushort)0);
    }

    [Fact]
    public void A_character_no_font_has_is_drawn_as_a_visible_box_and_keeps_its_text()
    {
        const string text = "用\U0010FFFD容器\u0378";

        var line = fixture.Layouter().Layout(Spec(text, 300)).Single();

        TextOf(line).ShouldBe(text);
        fixture.Fonts.Missing.ShouldBe([0x0378, 0x10FFFD]);
        var run = line.Runs.Single();
        run.Glyphs.Length.ShouldBe(5);
        var box = run.Font.Glyphs[FontSet.Box];
        run.Glyphs.Count(g => g == box).ShouldBe(2);
        (run.Glyphs[1], run.Glyphs[4]).ShouldBe((box, box));
        (run.X[2] - run.X[1]).ShouldBe(10f, 0.01f); // a box one em wide, not the zero-width nothing of .notdef
    }

    [Fact]
    public void Invisible_characters_draw_nothing_and_warn_nothing_but_stay_in_the_text()
    {
        const string text = "容\u200D器\uFE0F镜\u200B像\uFEFF";

        var line = fixture.Layouter().Layout(Spec(text, 300)).Single();

        TextOf(line).ShouldBe(text);
        line.Runs.SelectMany(r => r.Glyphs).Count().ShouldBe(4);
        line.Runs.SelectMany(r => r.Glyphs).ShouldNotContain((ushort)0);
        fixture.Fonts.Missing.ShouldNotContain(0x200D);
        fixture.Fonts.FaceFor(FontRole.Body, 0x200D).ShouldBeNull();
    }
}
