using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Pdf.Layout;
using IDocBook.Tests.Pdf.Text;
using IDocBook.Tests.Support;
using Shouldly;
using Xunit.Abstractions;

namespace IDocBook.Tests.Hostile;

/// <summary>
/// Issue 19, point 8: a table wider than 64 columns has the rest joined into its last cell, and the
/// PDF layout of that cell must stay linear in its size. Allocations on the laying-out thread are
/// the bounded-work measure: the layout of one table runs on the calling thread only.
/// </summary>
public sealed class WideTableLayoutTests(TextFixture fixture, ITestOutputHelper output) : IClassFixture<TextFixture>
{
    [Fact]
    public void TheJoinedCellOfATenThousandColumnTableLaysOutInLinearWork()
    {
        var quarter = Allocated(2_500);
        var full = Allocated(10_000);
        output.WriteLine($"2,500 columns: {quarter / 1048576.0:F1} MB; 10,000 columns: {full / 1048576.0:F1} MB");

        // Four times the cells may cost four times the work, with room for fixed costs; the
        // quadratic layout allocated 11 GB for 10,000 columns. Sixty-four columns squeezed onto a
        // page leave the joined cell a few points wide, a character a line: some 200,000 lines.
        full.ShouldBeLessThan(quarter * 6, "allocations grow faster than the table");
        full.ShouldBeLessThan(1024L * 1048576, "a 200 KB table must not allocate more than 1 GB to lay out");
    }

    private long Allocated(int columns)
    {
        string Row(string cell) => "|" + string.Concat(Enumerable.Range(0, columns).Select(i => $"{cell}{i % 10}|")) + "\n";
        var markdown = "# A\n\n" + Row("h") + "|" + string.Concat(Enumerable.Repeat("-|", columns)) + "\n"
            + string.Concat(Enumerable.Range(0, 10).Select(_ => Row("c")));
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", markdown);
        var sink = new DiagnosticSink();
        var book = IDocBook.Core.BookReader.Read(dir.Root, sink) ?? throw new InvalidOperationException("the book did not load");
        var chapter = book.Chapters.Single();
        var table = chapter.Blocks.OfType<Table>().Single();
        table.Alignments.Count.ShouldBe(64);

        var context = new LayoutContext(book, fixture.Layouter(), new Typography(), new Destinations()) { MaxBoxHeight = 600 };
        context.Enter(chapter);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var boxes = TableLayout.Layout(table, 450, context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        boxes.Count.ShouldBeGreaterThan(10);
        return allocated;
    }
}
