using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Transforms;

public class RewriteTests
{
    [Fact]
    public void RewritingInlinesKeepsWhereTableRowsAndCellsCameFrom()
    {
        var blocks = Read.Blocks("| a | b |\n|---|---|\n| 1 | 2 |");
        var rewritten = Rewrite.Inlines(blocks, i => i is Text t ? t with { Value = t.Value.ToUpperInvariant() } : i);
        var row = rewritten.OfType<Table>().Single().Body.Single();
        row.Source.Line.ShouldBe(3);
        row.Cells[1].Source.ShouldBe(blocks.OfType<Table>().Single().Body.Single().Cells[1].Source);
        InlineText.Of(rewritten.OfType<Table>().Single().Header.Single().Cells[0].Content).ShouldBe("A");
    }
}
