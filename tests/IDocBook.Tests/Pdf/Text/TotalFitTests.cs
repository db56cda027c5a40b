using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

/// <summary>The breaker of issue 13: total fit, breakable code, hyphenation.</summary>
public sealed class TotalFitTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private static readonly TypesetSettings NoHyphens = new() { Hyphenate = false };

    [Fact]
    public void The_optimum_differs_from_first_fit_and_has_no_loose_line()
    {
        // First fit fills the first line and then has nothing to put on the second but a long word:
        // the second line is very loose. Total fit takes a word off the first line.
        const string text = "I am a tiny and fine line of words incomprehensibilities follow";
        var layouter = fixture.Layouter(settings: NoHyphens);
        const float width = 130;
        var optimum = Texts(layouter.Layout(Spec(text, width)));
        var greedy = FirstFit(layouter, text, width);

        optimum.ShouldNotBe(greedy);
        WorstSpace(layouter, optimum, width).ShouldBeLessThan(WorstSpace(layouter, greedy, width));
    }

    [Fact]
    public void A_paragraph_never_ends_with_one_ideograph_alone_on_its_line()
    {
        // 61 ideographs and a stop, 30 to a line: full lines leave "里。" alone; clreq asks for two at least.
        const string text = "运行在主机上用户并不直接和交互而是通过间接其实际二进制程序主要方式它接收指令并且与背后如此来回往复好然后是用开发配置文件里。";
        var layouter = fixture.Layouter();
        var width = layouter.Measure(text[..30], Body()) + 0.5f;
        var lines = Texts(layouter.Layout(Spec(text, width) with { FirstLineIndent = 0 }));

        lines.Length.ShouldBe(3, string.Join(" | ", lines));
        lines[^1].Count(char.IsLetter).ShouldBeGreaterThanOrEqualTo(2, string.Join(" | ", lines));
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void A_long_code_span_breaks_after_a_slash_and_never_leaves_two_characters_alone()
    {
        var code = new TextStyle(FontRole.Mono, 9);
        var spec = new ParagraphSpec([new StyledText("配置文件在 ", Body()), new StyledText("/usr/local/etc/containerd/config.toml", code), new StyledText(" 里。", Body())], 140);

        var lines = Texts(fixture.Layouter().Layout(spec));

        lines.Length.ShouldBeGreaterThan(1);
        lines.ShouldContain(l => l.EndsWith('/'), string.Join(" | ", lines));
        string.Concat(lines).Replace(" ", "").ShouldBe("配置文件在/usr/local/etc/containerd/config.toml里。");
        foreach (var line in lines)
        {
            var inCode = line.Trim();
            inCode.Length.ShouldBeGreaterThanOrEqualTo(3, string.Join(" | ", lines));
        }
    }

    [Fact]
    public void A_camel_case_identifier_in_code_breaks_between_its_humps_not_inside_one()
    {
        var code = new TextStyle(FontRole.Mono, 9);
        var layouter = fixture.Layouter();
        // Room for "terminationGracePer": a cut anywhere would fill the line mid-hump.
        var width = layouter.Measure("terminationGracePer", code) + 1;
        var spec = new ParagraphSpec([new StyledText("terminationGracePeriodSeconds", code)], width) { Align = TextAlign.Left };

        var lines = Texts(layouter.Layout(spec));

        lines.Length.ShouldBeGreaterThan(1);
        string.Concat(lines).ShouldBe("terminationGracePeriodSeconds");
        foreach (var line in lines.SkipLast(1)) char.IsLower(line[^1]).ShouldBeTrue(string.Join(" | ", lines));
        foreach (var line in lines.Skip(1)) char.IsUpper(line[0]).ShouldBeTrue(string.Join(" | ", lines));
    }

    [Fact]
    public void Code_is_not_cut_inside_a_double_hyphen()
    {
        var code = new TextStyle(FontRole.Mono, 9);
        var spec = new ParagraphSpec([new StyledText("RUN --mount=type=bind,source=go.mod,target=go.mod", code)], 120);

        var lines = Texts(fixture.Layouter().Layout(spec));

        lines.ShouldNotContain(l => l.EndsWith("RUN -") || l.EndsWith("--"), string.Join(" | ", lines));
        lines.ShouldContain(l => l.EndsWith(',') || l.EndsWith('='), string.Join(" | ", lines));
    }

    [Fact]
    public void Hyphenation_is_hyphenated_at_its_pattern_points()
    {
        var points = new List<int>();
        Hyphenator.English.Points("hyphenation", points);

        points.ShouldBe([2, 6]); // hy-phen-ation
    }

    [Fact]
    public void A_word_that_does_not_fit_is_hyphenated_with_a_drawn_hyphen()
    {
        var layouter = fixture.Layouter();
        var lines = layouter.Layout(Spec("Typesetting needs hyphenation everywhere", 75));

        var broken = lines.Single(l => l.Runs[^1].IsContinuationMark);
        broken.Runs[^1].Text.ShouldBe("\u00AD");
        var i = lines.ToList().IndexOf(broken);
        (TextOf(broken).Split(' ')[^1] + TextOf(lines[i + 1]).Split(' ')[0]).ShouldBe("hyphenation");
        new[] { "hy", "hyphen" }.ShouldContain(TextOf(broken).Split(' ')[^1]);
    }

    [Fact]
    public void Camel_case_words_urls_and_code_are_never_hyphenated()
    {
        var code = new TextStyle(FontRole.Mono, 10);
        var layouter = fixture.Layouter();
        foreach (var spec in new[]
        {
            Spec("set terminationGracePeriodSeconds now", 60),
            Spec("see https://example.com/documentation now", 60),
            new ParagraphSpec([new StyledText("documentation", code)], 40),
        })
        {
            layouter.Layout(spec).ShouldAllBe(l => l.Runs.All(r => r.Text != "\u00AD"));
        }
    }

    [Fact]
    public void At_most_two_hyphenated_lines_follow_each_other()
    {
        var text = string.Join(' ', Enumerable.Repeat("internationalization considerably characteristically", 12));
        var layouter = fixture.Layouter();
        for (var width = 90f; width <= 200; width += 11)
        {
            var lines = layouter.Layout(Spec(text, width));
            var run = 0;
            foreach (var line in lines)
            {
                run = line.Runs[^1].Text == "\u00AD" ? run + 1 : 0;
                run.ShouldBeLessThanOrEqualTo(2, $"width {width}");
            }
        }
    }

    [Fact]
    public void A_word_is_cut_between_letters_only_when_it_is_wider_than_the_line()
    {
        // An identifier in prose takes no hyphen. On a line of its own it fits: the line before is
        // left loose rather than the word cut (CSS overflow-wrap: anywhere breaks only what would overflow).
        var layouter = fixture.Layouter();
        var width = layouter.Measure("terminationGracePeriodSeconds", Body()) + 8;

        var lines = layouter.Layout(Spec("set terminationGracePeriodSeconds now", width));

        Texts(lines).Select(t => t.Trim()).ShouldBe(["set", "terminationGracePeriodSeconds", "now"]);
        lines.ShouldAllBe(l => !l.CutInsideWord);
        // Narrower than the word, it must be cut, and is, between letters.
        Texts(layouter.Layout(Spec("set terminationGracePeriodSeconds now", width / 2))).Length.ShouldBeGreaterThan(3);
    }

    [Theory]
    [InlineData("a pneumonoultramicroscopicsilicovolcanoconiosis", 200, 260)]
    [InlineData("pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis", 80, 260)]
    [InlineData("internationalization considerably characteristically", 30, 100)]
    public void Emergency_cuts_keep_the_limit_of_two_hyphens_in_a_row(string words, float from, float to)
    {
        // Words wider than the line: the breaker's last pass cuts them between any two letters, and
        // those cuts, drawn with a hyphen, count like any other. Only a line that is one fragment of a
        // word longer than itself has no other way to end, and may be a third hyphenated line.
        var text = string.Join(' ', Enumerable.Repeat(words, 6));
        var layouter = fixture.Layouter();
        for (var width = from; width <= to; width += 4)
        {
            var lines = layouter.Layout(Spec(text, width));
            var run = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                run = lines[i].Runs[^1].Text == "\u00AD" ? run + 1 : 0;
                if (run > 2) TextOf(lines[i]).Trim().ShouldNotContain(' ', $"width {width}, line {i}: {string.Join(" | ", Texts(lines))}");
            }
            string.Concat(Texts(lines)).Replace(" ", "").ShouldBe(text.Replace(" ", ""));
            lines.ShouldAllBe(l => l.Overflow == 0, $"width {width}"); // the exemption spares an overfull line
        }
    }

    private static string[] FirstFit(TextLayouter layouter, string text, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && layouter.Measure(candidate, Body()) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        lines.Add(line);
        return [.. lines];
    }

    // The widest word space a justified line would need, in points, over all lines but the last.
    private static float WorstSpace(TextLayouter layouter, string[] lines, float width) =>
        lines.SkipLast(1).Max(l => (width - layouter.Measure(l, Body())) / Math.Max(1, l.Count(c => c == ' ')));
}
