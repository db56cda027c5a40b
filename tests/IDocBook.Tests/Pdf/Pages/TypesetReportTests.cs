using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Pages;
using IDocBook.Pdf.Text;
using IDocBook.Tests.Pdf.Text;
using Shouldly;

namespace IDocBook.Tests.Pdf.Pages;

/// <summary>
/// The typesetting report reads the set glyphs, not what the breaker meant: lines placed by hand
/// at known positions land in the buckets their gaps and spaces call for.
/// </summary>
public sealed class TypesetReportTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private const float Size = 10;

    [Fact]
    public void Gaps_and_word_spaces_are_measured_in_em_from_the_glyph_positions()
    {
        var report = Report(
            Line(('好', 0), ('好', 10)),              // no gap
            Line(('好', 0), ('好', 16)),              // 0.6 em between two ideographs
            Line(('a', 0), (' ', 6), ('b', 9)),       // a word space of 0.3 em
            Line(('a', 0), (' ', 6), ('b', 18)),      // 1.2 em
            Line(('a', 0), (' ', 6), ('b', 30)) with { IsLast = true }); // a last line: its spaces do not count

        report.Lines.ShouldBe(5);
        report.CjkGaps.ShouldBe([1, 0, 0, 1]);
        report.WordSpaces.ShouldBe([1, 0, 0, 1]);
    }

    [Fact]
    public void Spaces_inside_inline_code_are_not_word_spaces()
    {
        var code = Line(FontRole.Mono, ('a', 0), (' ', 6), ('b', 30));
        Report(code).WordSpaces.Sum().ShouldBe(0);
    }

    [Fact]
    public void Adjacent_full_width_marks_count_as_compressed_or_full_by_how_far_apart_they_are()
    {
        var report = Report(
            Line(('好', 0), ('。', 10), ('」', 15)),  // the stop gave up its blank half
            Line(('好', 0), ('。', 10), ('」', 20))); // both at a full em
        report.CompressedPairs.ShouldBe(1);
        report.FullWidthPairs.ShouldBe(1);
    }

    [Fact]
    public void Hyphens_cuts_and_overfull_lines_are_counted_from_the_lines()
    {
        var hyphen = new GlyphRun(Face(FontRole.Body, '-'), Style(FontRole.Body), [Face(FontRole.Body, '-').Glyphs['-']], [20], HyphenGlyph.Text, 3, null) { IsContinuationMark = true };
        var hyphenated = Line(('a', 0), ('b', 6));
        hyphenated = hyphenated with { Runs = [.. hyphenated.Runs, hyphen] };
        var report = Report(hyphenated, hyphenated, hyphenated, Line(('c', 0)) with { CutInsideWord = true }, Line(('d', 0)) with { Overflow = 4 });

        report.Hyphenated.ShouldBe(3);
        report.MostHyphensInARow.ShouldBe(3);
        report.CutWords.ShouldBe(1);
        report.Overfull.ShouldBe(1);
    }

    private TypesetReport Report(params TextLine[] lines)
    {
        var page = new PlacedPage(new ChapterStart("c", "C"), opening: true);
        var y = 0f;
        foreach (var line in lines)
        {
            page.Boxes.Add((new Box(line.Height, [new TextItem(0, line.Baseline, line)]), y));
            y += line.Height;
        }
        return TypesetReport.Of([page], 500);
    }

    private TextLine Line(params (char C, float X)[] glyphs) => Line(FontRole.Body, glyphs);

    private TextLine Line(FontRole role, params (char C, float X)[] glyphs)
    {
        var face = Face(role, glyphs[0].C);
        var run = new GlyphRun(face, Style(role), [.. glyphs.Select(g => face.Glyphs[g.C])], [.. glyphs.Select(g => g.X)], new string([.. glyphs.Select(g => g.C)]), glyphs[^1].X + Size, null);
        return new TextLine(run.Width, Size * 1.5f, Size, [run]);
    }

    // Latin and CJK characters have faces of their own (Noto Serif, Noto Serif SC): a run takes its first character's.
    private FontFace Face(FontRole role, char c) => fixture.Fonts.FaceFor(role, c) ?? fixture.Fonts.Primary(role);

    private static TextStyle Style(FontRole role) => new(role, Size);
}
