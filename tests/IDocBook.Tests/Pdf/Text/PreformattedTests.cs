using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;
using static IDocBook.Tests.Pdf.Text.Lines;

namespace IDocBook.Tests.Pdf.Text;

public sealed class PreformattedTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private static readonly TextStyle Code = new(FontRole.Mono, 10);

    private static ParagraphSpec Pre(string text, float width) =>
        new([new StyledText(text, Code)], width) { Preformatted = true, ContinuationMark = "↩" };

    [Fact]
    public void Spaces_are_kept_where_they_are()
    {
        const string text = "    if (x)  {   return;  }";
        var layouter = fixture.Layouter();

        var line = layouter.Layout(Pre(text, 400)).Single();

        TextOf(line).ShouldBe(text);
        var space = layouter.Measure(" ", Code);
        line.Runs[0].X[4].ShouldBe(4 * space, 0.01); // 'i' after four spaces
        line.Runs[0].X.Length.ShouldBe(text.Length);
        line.Width.ShouldBe(text.Length * space, 0.01); // monospace, never justified
    }

    [Fact]
    public void A_long_line_wraps_with_the_continuation_mark_at_the_right_end()
    {
        const string text = "docker run -d --name web -p 8080:80 -v /srv/www:/usr/share/nginx/html:ro nginx:latest";

        var lines = fixture.Layouter().Layout(Pre(text, 150));

        lines.Count.ShouldBeGreaterThan(2);
        string.Concat(Texts(lines)).ShouldBe(text);
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var mark = line.Runs[^1];
            mark.IsContinuationMark.ShouldBeTrue();
            mark.Text.ShouldBe("↩");
            (mark.Left + mark.Width).ShouldBe(150, 0.01);
            line.Runs.Where(r => !r.IsContinuationMark).ShouldAllBe(r => r.Left + r.Width <= mark.Left + 0.01f);
        }
        lines[^1].Runs.ShouldAllBe(r => !r.IsContinuationMark);
        // Preferred breaks: after spaces, not inside "docker".
        TextOf(lines[0]).ShouldStartWith("docker run ");
    }

    [Fact]
    public void A_token_without_break_points_is_cut_anywhere()
    {
        var token = new string('x', 80);

        var lines = fixture.Layouter().Layout(Pre(token, 100));

        lines.Count.ShouldBeGreaterThan(3);
        string.Concat(Texts(lines)).ShouldBe(token);
        lines.ShouldAllBe(l => RightEdge(l) <= 100.01f);
    }

    [Fact]
    public void A_tab_is_four_spaces()
    {
        var layouter = fixture.Layouter();

        var tab = layouter.Layout(Pre("\tx", 400)).Single();
        var spaces = layouter.Layout(Pre("    x", 400)).Single();

        TextOf(tab).ShouldBe("\tx");
        tab.Runs[0].X[^1].ShouldBe(spaces.Runs[0].X[^1], 0.01);
        tab.Width.ShouldBe(spaces.Width, 0.01);
    }
}
