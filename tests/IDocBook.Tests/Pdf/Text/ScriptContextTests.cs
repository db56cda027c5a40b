using IDocBook.Core.Text;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

/// <summary>Quotes, apostrophes, dashes and ellipses take the Latin face next to Latin and the CJK face next to CJK.</summary>
public sealed class ScriptContextTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private (string Face, float Width) Mark(string text, char mark, string language)
    {
        var line = fixture.Layouter(language).Layout(Spec(text, 1000)).Single();
        var run = line.Runs.First(r => r.Text.Contains(mark));
        var i = run.Text.IndexOf(mark);
        var right = i + 1 < run.X.Length ? run.X[i + 1] : run.Left + run.Width;
        run.X.Length.ShouldBe(run.Text.Length, $"one glyph per character in '{run.Text}'");
        return (run.Font.Name, right - run.X[i]);
    }

    [Theory]
    [InlineData("it’s", "en")]
    [InlineData("it’s", "zh")]
    [InlineData("Docker 的 won’t 命令", "zh")]
    public void An_apostrophe_between_Latin_letters_has_a_Latin_width_whatever_the_language(string text, string language)
    {
        var (face, width) = Mark(text, '’', language);

        face.ShouldBe("NotoSerif-Regular");
        width.ShouldBeLessThan(4f); // 10 pt text: a Latin apostrophe is under 0.4 em; the CJK one is a full em
    }

    [Theory]
    [InlineData("他说“你好”。", '“', "en")]
    [InlineData("他说“Hello”。", '“', "zh")]
    [InlineData("他说“Hello”吗", '”', "zh")] // not before 。: there the pair shares one blank (clreq), so the mark is half an em
    [InlineData("等等……", '…', "en")]
    [InlineData("结果—成功", '—', "en")]
    public void Marks_next_to_CJK_are_set_in_the_CJK_face(string text, char mark, string language)
    {
        var (face, width) = Mark(text, mark, language);

        face.ShouldBe("NotoSerifSC-Regular");
        width.ShouldBeGreaterThan(8.5f); // about an em; the Latin marks are under half of one
    }

    [Theory]
    [InlineData("He said “你好” today", '“')]
    [InlineData("He said “你好” today", '”')]
    [InlineData("wait… what", '…')]
    [InlineData("“Quoted” text", '“')]
    public void In_an_English_book_marks_with_Latin_on_one_side_are_Latin(string text, char mark)
    {
        Mark(text, mark, "en").Face.ShouldBe("NotoSerif-Regular");
    }

    [Fact]
    public void The_context_rule_is_the_same_for_both_writers()
    {
        var at = ScriptContext.CjkAt("“Docker”是一个‘工具’, it’s", cjkLanguage: true)!;

        at[0].ShouldBeTrue();   // “ : paragraph start (zh) and D differ, so the language decides
        at[7].ShouldBeTrue();   // ” : r and 是 differ → zh
        at[11].ShouldBeTrue();  // ‘ : 个 and 工
        at[14].ShouldBeTrue();  // ’ : 具 and i differ → zh
        at[19].ShouldBeFalse(); // ’ : t and s
        ScriptContext.CjkAt("no marks here", true).ShouldBeNull();
    }

    [Fact]
    public void Latin_emphasis_is_the_true_italic_and_CJK_emphasis_stays_upright_with_dots()
    {
        var style = new TextStyle(FontRole.BodyItalic, 10) { EmphasisDots = true };
        var line = fixture.Layouter().Layout(new ParagraphSpec([new StyledText("Docker 容器", style)], 300)).Single();

        line.Runs.Select(r => (r.Text, r.Font.Name)).ShouldBe([("Docker ", "NotoSerif-Italic"), ("容器", "NotoSerifSC-Regular")]);
        line.Runs.ShouldAllBe(r => r.Style.EmphasisDots);
    }
}
