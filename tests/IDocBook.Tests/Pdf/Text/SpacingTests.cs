using System.Runtime.CompilerServices;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

/// <summary>clreq punctuation compression and CJK–Latin autospace.</summary>
public sealed class SpacingTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    [Fact]
    public void A_full_stop_before_a_closing_bracket_is_compressed_to_half_width()
    {
        var layouter = fixture.Layouter();
        var x = Xs(layouter.Layout(Spec("「好。」然后", 300) with { Align = TextAlign.Left }).Single());

        // 「 好 。 」 然: the stop gives up its blank half, so 」 follows half an em after it.
        (x[3] - x[2]).ShouldBe(5, 0.01);
        (x[4] - x[3]).ShouldBe(10, 0.01);
        (x[2] - x[1]).ShouldBe(10, 0.01);
    }

    [Theory]
    [InlineData("）。")]
    [InlineData("）LATIN，")]
    [InlineData("”，")]
    [InlineData("：“")]
    public void Adjacent_full_width_marks_never_both_take_a_full_em(string marks)
    {
        var pair = marks.Replace("LATIN", "");
        var layouter = fixture.Layouter();
        layouter.Measure(pair, Body()).ShouldBe(15, 0.01, pair);
    }

    [Fact]
    public void Kaiming_style_sets_commas_and_brackets_half_width_and_keeps_stops_full()
    {
        var layouter = fixture.Layouter(settings: new TypesetSettings { Punctuation = PunctuationStyle.Kaiming });

        layouter.Measure("，", Body()).ShouldBe(5, 0.01);
        layouter.Measure("（", Body()).ShouldBe(5, 0.01);
        layouter.Measure("。", Body()).ShouldBe(10, 0.01);
    }

    [Fact]
    public void Docker_and_a_Chinese_character_are_set_a_quarter_em_apart()
    {
        var layouter = fixture.Layouter();
        var apart = layouter.Measure("Docker是", Body()) - layouter.Measure("Docker", Body()) - layouter.Measure("是", Body());
        var typed = layouter.Measure("Docker 是", Body()) - layouter.Measure("Docker", Body()) - layouter.Measure("是", Body());

        apart.ShouldBe(2.5f, 0.01);
        typed.ShouldBe(2.5f, 0.01); // a typed space becomes the same quarter em
        (layouter.Measure("用go开发", Body()) - layouter.Measure("用开发", Body()) - layouter.Measure("go", Body())).ShouldBe(5, 0.01);
    }

    [Fact]
    public void Autospace_vanishes_at_a_line_start()
    {
        var lines = fixture.Layouter().Layout(Spec("容器容器容器容器Docker是一个引擎", 80));

        foreach (var line in lines) line.Runs[0].Left.ShouldBe(0, 0.01, TextOf(line));
    }

    [Fact]
    public void An_opening_bracket_at_the_start_of_a_line_other_than_the_first_drops_its_blank_half()
    {
        var lines = fixture.Layouter().Layout(Spec("容器容器容器容器（镜像）", 80) with { Align = TextAlign.Left });

        TextOf(lines[1]).ShouldStartWith("（");
        lines[1].Runs[0].X[0].ShouldBe(-5, 0.01);
    }

    [Fact]
    public void Spaces_in_inline_code_keep_the_monospace_grid_on_a_justified_line_that_ends_in_prose()
    {
        // The code is not the paragraph's last piece: its spaces must still take no glue, or a loose
        // line puts its stretch into the code (two and a half times a word space's share).
        var spec = new ParagraphSpec(
        [
            new StyledText("set it with ", Body()),
            new StyledText("imagePullPolicy: IfNotPresent", new TextStyle(FontRole.Mono, 9)),
            new StyledText(" then the daemon pulls images only when they are missing from the host", Body()),
        ], 240);

        var lines = fixture.Layouter().Layout(spec);

        var run = lines.SelectMany(l => l.Runs).Single(r => r.Style.Font == FontRole.Mono);
        var steps = run.X.Zip(run.X.Skip(1), (a, b) => b - a).ToList();
        steps.ShouldAllBe(step => Math.Abs(step - steps[0]) < 0.01f, string.Join(" ", steps));
        var line = lines.First(l => l.Runs.Contains(run));
        line.IsLast.ShouldBeFalse();
        line.Width.ShouldBe(240, 0.05); // justified: the prose spaces took the stretch
    }

    [Fact]
    public void With_hanging_punctuation_a_mark_ending_a_full_line_hangs_its_ink_into_the_margin()
    {
        const string text = "一二三四五六七八九十，一二三四五六七八九十，一二三四五六七八九十。";
        var hanging = fixture.Layouter(settings: new TypesetSettings { HangingPunctuation = true }).Layout(Spec(text, 100));
        var plain = fixture.Layouter().Layout(Spec(text, 100) with { FirstLineIndent = 0 });

        // Ten ideographs fill the measure; the mark after them stands outside it, its ink half in the
        // margin. The paragraph's last line too: its stop would not fit otherwise.
        Texts(hanging).ShouldBe(["一二三四五六七八九十，", "一二三四五六七八九十，", "一二三四五六七八九十。"]);
        foreach (var line in hanging)
        {
            var x = Xs(line);
            x[9].ShouldBe(90, 0.01);
            x[10].ShouldBe(100, 0.01);
            line.Overflow.ShouldBe(0); // hanging is not overfull
        }
        // Without hanging the comma must stay inside: the line gives a character up to the next.
        TextOf(plain[0]).ShouldNotEndWith("十，");
        plain.ShouldAllBe(l => RightEdge(l) <= 100.01f);
    }

    [Fact]
    public void A_font_set_that_is_disposed_of_leaves_no_face_behind_in_the_punctuation_cache()
    {
        // watch makes a font set per rebuild: the blanks measured for one must not keep its faces alive.
        var face = MeasureAStopWithAFontSetOfItsOwn();

        for (var i = 0; i < 3 && face.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        face.IsAlive.ShouldBeFalse();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference MeasureAStopWithAFontSetOfItsOwn()
    {
        using var fonts = FontSet.Create(TextFixture.CodePoints("好。"));
        var face = fonts.FaceFor(FontRole.Body, '。')!;
        new TextLayouter(fonts).Measure("好。", Body()).ShouldBe(20, 0.01); // a full-width stop, measured (its blank half found)
        Punctuation.Blanks(face, face.Glyphs['。'], 10, 10).After.ShouldBe(5, 0.01);
        return new WeakReference(face);
    }

    private static float[] Xs(TextLine line) => [.. line.Runs.SelectMany(r => r.X)];
}
