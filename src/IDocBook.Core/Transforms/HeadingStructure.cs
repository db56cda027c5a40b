using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Turns the levels authors type into structural depth: a heading is one deeper than the nearest
/// open heading with fewer <c>#</c>. So <c>###</c> then <c>####</c> become 1 and 2, and <c>#</c>
/// then <c>###</c> become 1 and 2, whatever levels were skipped.
/// </summary>
public static class HeadingStructure
{
    public static IReadOnlyList<Block> Normalize(IReadOnlyList<Block> blocks)
    {
        var open = new List<(int Raw, int Depth)>();
        // Rewrite visits leaf blocks in document order, so the stack sees headings as a reader does.
        return Rewrite.Blocks(blocks, block =>
        {
            if (block is not Heading heading) return block;
            while (open.Count > 0 && open[^1].Raw >= heading.Level) open.RemoveAt(open.Count - 1);
            var depth = open.Count == 0 ? 1 : open[^1].Depth + 1;
            open.Add((heading.Level, depth));
            return heading with { Level = depth };
        });
    }
}
