using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;
using IDocBook.Tests.Pdf.Text;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Layout;

/// <summary>
/// Tables as CSS's automatic layout sets them (issue 13 §6): columns from min- and max-content, a
/// narrow table at its natural width, words hyphenated only when wider than their column, and
/// every cell of a row on one first baseline. Read from the laid-out boxes: cells are ruled
/// rectangles, text lines are items.
/// </summary>
public sealed class TableWidthTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    private const float Width = 400;

    [Fact]
    public void A_table_that_fits_keeps_its_natural_width_instead_of_filling_the_measure()
    {
        var boxes = Lay("| Key | Value |\n|---|---|\n| a | b |\n");

        var columns = Columns(boxes[0]);
        columns.Count.ShouldBe(2);
        columns.Sum().ShouldBeLessThan(Width / 3);
        // Each column is its content plus the cell padding: the header words, in bold.
        var pad = 2 * 10.5f * 0.4f;
        columns[0].ShouldBe(Measure("Key", bold: true) + pad, 0.5);
        columns[1].ShouldBe(Measure("Value", bold: true) + pad, 0.5);
    }

    [Fact]
    public void Each_column_gets_at_least_its_longest_word_and_the_rest_goes_by_how_much_more_each_wants()
    {
        // Column 1: one long word and nothing else (min = max); column 2: long prose (max far over the measure).
        var prose = string.Join(' ', Enumerable.Repeat("the layers of an image are read only", 8));
        var boxes = Lay($"| Term | Meaning |\n|---|---|\n| Internationalization | {prose} |\n");

        var columns = Columns(boxes[1]);
        columns.Sum().ShouldBe(Width, 0.5); // too wide for its natural width: it takes the measure
        var pad = 2 * 10.5f * 0.4f;
        columns[0].ShouldBe(Measure("Internationalization") + pad, 0.5); // min-content, which is also its max
        TextsOf(boxes[1]).ShouldContain("Internationalization"); // whole, on one line, no hyphen
        HyphenatedLines(boxes).ShouldBe(0); // the prose's words all fit their column: none is hyphenated
    }

    [Fact]
    public void A_word_wider_than_its_column_is_hyphenated_never_cut_and_shorter_words_stay_whole()
    {
        // Eight columns of a long word: their min-content widths add up past the measure, so each
        // column is narrower than its word.
        const string word = "Internationalization";
        var cellsMarkdown = "|" + string.Concat(Enumerable.Repeat($" {word} a of |", 8)) + "\n";
        var boxes = Lay("|" + string.Concat(Enumerable.Range(1, 8).Select(i => $" C{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", 8)) + "\n" + cellsMarkdown);

        var row = boxes[1];
        Columns(row).ShouldAllBe(w => w < Measure(word));
        var cells = row.Items.OfType<TextItem>().GroupBy(t => Cell(row, t.X)).ToList();
        cells.Count.ShouldBe(8);
        foreach (var cell in cells)
        {
            var lines = cell.OrderBy(t => t.Baseline).Select(t => t.Line).ToList();
            string.Concat(lines.Select(TextOf)).Replace(" ", "").ShouldBe(word + "aof");
            lines[0].Runs[^1].Text.ShouldBe("\u00AD"); // the word breaks at a drawn hyphen
            lines.ShouldAllBe(l => !l.CutInsideWord && l.Overflow == 0);
            lines.Where(l => l.Runs[^1].Text == "\u00AD").Select(TextOf).ShouldAllBe(t => word.Contains(t.Trim())); // only the long word is hyphenated
        }
    }

    [Fact]
    public void A_word_in_a_column_wide_enough_for_it_is_not_hyphenated_even_when_that_would_fill_the_line()
    {
        // The cell's prose wraps; with body-text rules, total fit would hyphenate to even out the lines.
        var prose = string.Join(' ', Enumerable.Repeat("considerably characteristically internationalization", 6));
        var boxes = Lay($"| A | B | C |\n|---|---|---|\n| {prose} | {prose} | {prose} |\n");

        Lines(boxes[1]).Count.ShouldBeGreaterThan(10);
        HyphenatedLines(boxes).ShouldBe(0);
    }

    [Fact]
    public void The_cells_of_a_row_share_their_first_baseline_when_one_starts_with_smaller_code()
    {
        var boxes = Lay("| Field | Type |\n|---|---|\n| `containerPort` | Integer |\n");

        var row = boxes[1];
        var firsts = row.Items.OfType<TextItem>().GroupBy(t => Cell(row, t.X)).Select(g => g.Min(t => t.Baseline)).ToList();
        firsts.Count.ShouldBe(2);
        firsts[0].ShouldBe(firsts[1], 0.01);
        row.Items.OfType<TextItem>().Select(t => t.Line.Runs[0].Style.Size).Distinct().Count().ShouldBe(2); // code is smaller than the body
    }

    private List<Box> Lay(string markdown)
    {
        using var dir = new TempBook()
            .With("book.yml", "title: Tables\nlanguage: en\n")
            .With("SUMMARY.md", "* [A](a.md)\n")
            .With("a.md", "# A\n\n" + markdown);
        var book = BookReader.Read(dir.Root, new DiagnosticSink())!;
        var chapter = book.Chapters.First();
        var context = new LayoutContext(book, fixture.Layouter(), new Typography(), new Destinations());
        context.Enter(chapter);
        return TableLayout.Layout(chapter.Blocks.OfType<Table>().Single(), Width, context);
    }

    private float Measure(string text, bool bold = false) =>
        fixture.Layouter().Measure(text, new TextStyle(bold ? IDocBook.Pdf.Fonts.FontRole.BodyBold : IDocBook.Pdf.Fonts.FontRole.Body, 10.5f));

    // A row is a box of ruled cells (a stroked rectangle each) and the cells' lines.
    private static string TextOf(TextLine line) => IDocBook.Tests.Pdf.Text.Lines.TextOf(line);

    private static List<float> Columns(Box row) => [.. row.Items.OfType<RectItem>().Where(r => r.StrokeWidth > 0).Select(r => r.Width)];

    private static int Cell(Box row, float x) => row.Items.OfType<RectItem>().Where(r => r.StrokeWidth > 0).Count(r => r.X <= x + 0.01f) - 1;

    private static List<TextLine> Lines(Box row) => [.. row.Items.OfType<TextItem>().Select(t => t.Line)];

    private static List<string> TextsOf(Box row) => [.. Lines(row).Select(l => TextOf(l).Trim())];

    private static int HyphenatedLines(IEnumerable<Box> boxes) =>
        boxes.SelectMany(Lines).Count(l => l.Runs.Count > 0 && l.Runs[^1] is { IsContinuationMark: true, Text: "\u00AD" });
}
