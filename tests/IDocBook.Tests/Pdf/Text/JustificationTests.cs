using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

public sealed class JustificationTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private const string Cjk =
        "用户并不直接和守护进程进行交互，而是通过客户端间接和其通信。客户端实际上是二进制程序，是主要的用户与交互方式。" +
        "它接收用户指令并且与背后的守护进程通信，如此来回往复。";

    [Theory]
    [InlineData(97f)]
    [InlineData(155.5f)]
    [InlineData(203f)]
    [InlineData(301f)]
    public void Every_line_but_the_last_fills_the_measure(float width)
    {
        var lines = fixture.Layouter().Layout(Spec(Cjk, width));

        lines.Count.ShouldBeGreaterThan(1);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            line.Width.ShouldBe(width, 0.01);
            RightEdge(line).ShouldBe(width, 0.01);
            line.IsLast.ShouldBeFalse();
        }
        lines[^1].IsLast.ShouldBeTrue();
        lines[^1].Width.ShouldBeLessThan(width);
        RightEdge(lines[^1]).ShouldBe(lines[^1].Width, 0.01);
    }

    [Fact]
    public void Latin_justification_widens_only_the_spaces()
    {
        const string text = "The quick brown dog jumps over the lazy cat while Docker containers run isolated processes on a shared kernel.";
        var layouter = fixture.Layouter();
        var justified = layouter.Layout(Spec(text, 150));
        var ragged = layouter.Layout(Spec(text, 150) with { Align = TextAlign.Left });

        Texts(justified).ShouldBe(Texts(ragged));
        var widened = 0;
        for (var l = 0; l < justified.Count - 1; l++)
        {
            justified[l].Width.ShouldBe(150, 0.01);
            var line = TextOf(justified[l]);
            float[] xs = [.. justified[l].Runs.Where(r => !r.IsContinuationMark).SelectMany(r => r.X)];
            float[] natural = [.. ragged[l].Runs.Where(r => !r.IsContinuationMark).SelectMany(r => r.X)];
            xs.Length.ShouldBe(line.Length); // one glyph per character: no ligatures in this text
            for (var k = 1; k < xs.Length; k++)
            {
                var grew = (xs[k] - xs[k - 1]) - (natural[k] - natural[k - 1]);
                if (line[k - 1] == ' ') { grew.ShouldBeGreaterThan(0f); widened++; }
                else grew.ShouldBe(0, 0.001, $"line {l}: space added inside '{line}' at {k}");
            }
        }
        widened.ShouldBeGreaterThan(0);
        justified[^1].Runs.SelectMany(r => r.X).ShouldBe(ragged[^1].Runs.SelectMany(r => r.X));
    }

    [Fact]
    public void Center_and_right_alignment_place_the_line_in_the_measure()
    {
        var layouter = fixture.Layouter();
        var natural = layouter.Measure("容器镜像", Body());

        var right = layouter.Layout(Spec("容器镜像", 100) with { Align = TextAlign.Right }).Single();
        var center = layouter.Layout(Spec("容器镜像", 100) with { Align = TextAlign.Center }).Single();

        right.Runs[0].Left.ShouldBe(100 - natural, 0.01);
        center.Runs[0].Left.ShouldBe((100 - natural) / 2, 0.01);
    }

    [Fact]
    public void First_line_indent_is_applied_once()
    {
        var lines = fixture.Layouter().Layout(Spec(Cjk, 200) with { FirstLineIndent = 20 });

        lines[0].Runs[0].Left.ShouldBe(20, 0.01);
        lines[0].Width.ShouldBe(200, 0.01);
        lines[1].Runs[0].Left.ShouldBe(0, 0.01);
    }

    [Fact]
    public void Leading_ideographic_spaces_are_the_indent_and_are_not_doubled()
    {
        var layouter = fixture.Layouter();
        var typed = layouter.Layout(Spec("\u3000\u3000" + Cjk, 200) with { FirstLineIndent = 20 });
        var given = layouter.Layout(Spec(Cjk, 200) with { FirstLineIndent = 20 });

        typed[0].Runs[0].Left.ShouldBe(0, 0.01);
        TextOf(typed[0]).ShouldStartWith("\u3000\u3000");
        // The two typed spaces take the room the 2em indent would: the first line holds the same text.
        TextOf(typed[0])[2..].ShouldBe(TextOf(given[0]));
    }
}
