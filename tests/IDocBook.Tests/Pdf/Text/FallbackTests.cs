using IDocBook.Core.Diagnostics;
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
    public void Latin_inside_Chinese_body_text_stays_in_the_body_font()
    {
        var line = fixture.Layouter().Layout(Spec("使用Docker容器", 300)).Single();

        line.Runs.Select(r => r.Font.Name).Distinct().ShouldBe(["NotoSerifSC-Regular"]);
    }

    [Fact]
    public void A_character_no_font_has_is_a_box_and_one_warning()
    {
        var sink = new DiagnosticSink();
        var layouter = fixture.Layouter(sink);
        var where = new IDocBook.Core.Model.SourceSpan("chapter.md", 3, 5);
        const string text = "用😀容器😀\U0010FFFD";

        var lines = layouter.Layout(Spec(text, 300), where);
        layouter.Layout(Spec("用😀一个", 300), where with { Line = 9 });
        layouter.ReportMissingCharacters();

        string.Concat(Texts(lines)).ShouldBe(text);
        lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs).Count(g => g == 0).ShouldBe(3);
        var warnings = sink.All.Where(d => d.Code == Codes.CharacterMissing.Id).ToList();
        warnings.Count.ShouldBe(2); // one per distinct character, though 😀 appears three times
        warnings.ShouldContain(d => d.Message.Contains("U+1F600") && d.Message.Contains("😀") && d.Source!.Line == 3);
        warnings.ShouldContain(d => d.Message.Contains("U+10FFFD"));
    }

    [Fact]
    public void Invisible_characters_draw_nothing_and_warn_nothing_but_stay_in_the_text()
    {
        var sink = new DiagnosticSink();
        const string text = "容\u200D器\uFE0F镜\u200B像\uFEFF";

        var line = fixture.Layouter(sink).Layout(Spec(text, 300)).Single();

        TextOf(line).ShouldBe(text);
        line.Runs.SelectMany(r => r.Glyphs).Count().ShouldBe(4);
        line.Runs.SelectMany(r => r.Glyphs).ShouldNotContain((ushort)0);
        sink.All.ShouldBeEmpty();
        fixture.Fonts.FaceFor(FontRole.Body, 0x200D).ShouldBeNull();
    }
}
