using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

public sealed class LineBreakingTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private const string Sentence = "The quick brown dog jumps over the lazy cat while Docker containers run isolated processes on a shared kernel.";

    [Fact]
    public void Without_hyphenation_English_words_stay_whole_at_every_width()
    {
        var words = Sentence.Split(' ').ToHashSet();
        var layouter = fixture.Layouter(settings: new TypesetSettings { Hyphenate = false });
        for (var width = 60f; width <= 420f; width += 3f)
        {
            var texts = Texts(layouter.Layout(Spec(Sentence, width)));

            string.Join(" ", texts).ShouldBe(Sentence, $"width {width}");
            foreach (var token in texts.SelectMany(t => t.Split(' ')))
            {
                words.ShouldContain(token, $"width {width}: '{token}' is a piece of a word");
            }
        }
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_rather_than_overflowing()
    {
        var lines = fixture.Layouter().Layout(Spec("a Supercalifragilisticexpialidocious b", 40));

        lines.ShouldAllBe(l => l.Width <= 40.01f);
        string.Concat(Texts(lines).Select(t => t.Replace(" ", ""))).ShouldBe("aSupercalifragilisticexpialidociousb");
    }

    [Fact]
    public void A_long_url_breaks_into_lines_none_wider_than_the_measure()
    {
        var url = "https://example.com/" + string.Concat(Enumerable.Range(0, 18).Select(i => $"segment{i:D2}x")) + "?q=" + new string('a', 40);
        url.Length.ShouldBeGreaterThan(200);

        var lines = fixture.Layouter().Layout(Spec(url, 120) with { Align = TextAlign.Left });

        lines.Count.ShouldBeGreaterThan(5);
        foreach (var line in lines)
        {
            line.Width.ShouldBeLessThanOrEqualTo(120.01f);
            RightEdge(line).ShouldBeLessThanOrEqualTo(120.01f);
        }
        string.Concat(Texts(lines)).ShouldBe(url);
    }

    [Fact]
    public void Concatenated_run_text_is_the_input_less_the_spaces_dropped_at_soft_breaks()
    {
        // Defined rule: a soft break drops the spaces it happens at (and a line feed is dropped at a hard
        // break); every other character, invisible ones included, is in exactly one run.
        const string text = "Docker 是一个开源的引擎，可以轻松的为任何应用创建一个轻量级的容器。Docker 客户端\u200B和守护进程 (C/S) 通信。";
        var layouter = fixture.Layouter();
        for (var width = 40f; width <= 300f; width += 7f)
        {
            var texts = Texts(layouter.Layout(Spec(text, width)));
            var at = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                if (i > 0) while (at < text.Length && text[at] == ' ') at++;
                text[at..].ShouldStartWith(texts[i], customMessage: $"width {width}, line {i}");
                at += texts[i].Length;
            }
            at.ShouldBe(text.Length);
            texts.Where((t, i) => i < texts.Length - 1).ShouldAllBe(t => !t.EndsWith(' '));
        }
    }

    [Fact]
    public void Forced_breaks_end_lines_and_runs_follow_pieces_and_links()
    {
        var link = new LinkRef("https://docs.docker.com", null);
        var bold = new TextStyle(FontRole.BodyBold, 10);
        var spec = new ParagraphSpec(
        [
            new StyledText("第一行", Body()) { BreakAfter = true },
            new StyledText("第二行有", Body()),
            new StyledText("链接", Body(), link),
            new StyledText("和粗体", bold),
        ], 300);

        var lines = fixture.Layouter().Layout(spec);

        Texts(lines).ShouldBe(["第一行", "第二行有链接和粗体"]);
        lines[0].Width.ShouldBeLessThan(300); // a line ended by a forced break is not justified
        lines[1].Runs.Select(r => (r.Text, r.Link)).ShouldBe([("第二行有", null), ("链接", link), ("和粗体", null)]);
        lines[1].Runs[2].Font.Name.ShouldBe("NotoSerifSC-Bold");
        lines[1].IsLast.ShouldBeTrue();
        lines[0].IsLast.ShouldBeFalse();
    }

    [Fact]
    public void Line_feeds_in_the_text_are_hard_breaks_and_not_in_the_run_text()
    {
        var texts = Texts(fixture.Layouter().Layout(Spec("甲乙\n丙丁", 300)));

        texts.ShouldBe(["甲乙", "丙丁"]);
    }

    [Fact]
    public void Height_and_baseline_follow_the_largest_size()
    {
        var spec = new ParagraphSpec([new StyledText("正文", Body(10)), new StyledText("大字", Body(20))], 300) { LineHeight = 1.5f };

        var line = fixture.Layouter().Layout(spec).Single();

        line.Height.ShouldBe(30, 0.001);
        line.Baseline.ShouldBeInRange(15f, 25f); // below the middle, above the bottom: ascent dominates
    }

    [Fact]
    public void Measure_gives_the_advance_width()
    {
        var layouter = fixture.Layouter();

        layouter.Measure("容器", Body(10)).ShouldBe(20, 0.01);
        layouter.Measure("Docker", Body(10)).ShouldBeInRange(25f, 40f);
        layouter.Measure("", Body(10)).ShouldBe(0);
    }
}
