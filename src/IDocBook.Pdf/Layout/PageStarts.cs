using IDocBook.Core.Model;
using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// Notes on boxes where in the book each begins (<see cref="Box.Start"/>), so that the page a box
/// opens can be found again in the EPUB: a block's first box is at the block, a later line of a
/// paragraph at the character it begins with, a code row at its character of the code.
/// </summary>
internal static class PageStarts
{
    /// <summary>The position of <paramref name="node"/> of the chapter being laid out, or null when it is not one of its nodes.</summary>
    public static ChapterPosition? At(object node, int offset, LayoutContext c) =>
        c.Order?.NumberOf(node) is { } number ? new ChapterPosition(c.Chapter.Id, number, offset) : null;

    /// <summary>Boxes at the head of a block that say nothing of their own begin at the block.</summary>
    public static void Lead(List<Box> boxes, Block block, LayoutContext c)
    {
        if (boxes.Count == 0 || boxes[0].Start is not null || At(block, 0, c) is not { } start) return;
        for (var i = 0; i < boxes.Count && boxes[i].Start is null; i++) boxes[i] = boxes[i] with { Start = start };
    }

    /// <summary>
    /// The lines of a paragraph after its first begin at the character their first run sets, found in
    /// <paramref name="text"/>, the flattened text the lines were set from (see <see cref="TextOrigin"/>).
    /// </summary>
    public static void Lines(List<Box> lines, string text, IReadOnlyList<TextOrigin> origins, LayoutContext c)
    {
        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            offset = Find(text, Text(lines[i]), offset);
            if (i > 0 && Origin(origins, offset) is { } origin && At(origin.Node, origin.Node is Core.Model.Text or InlineCode ? offset - origin.Offset : 0, c) is { } start)
                lines[i] = lines[i] with { Start = start };
            offset += Text(lines[i]).Length;
        }
    }

    /// <summary>
    /// Where <paramref name="line"/> begins in <paramref name="text"/>, at or after <paramref name="from"/>:
    /// the breaker leaves out the spaces it breaks at, so a line may begin a few spaces on.
    /// </summary>
    public static int Find(string text, string line, int from)
    {
        for (var at = from; at <= text.Length; at++)
        {
            if (string.CompareOrdinal(text, at, line, 0, line.Length) == 0) return at;
            if (at < text.Length && !char.IsWhiteSpace(text[at])) break;
        }
        return from;
    }

    /// <summary>The source text a line box sets (the continuation mark of wrapped code is drawn, not set from the source).</summary>
    public static string Text(Box line) =>
        string.Concat(line.Items.OfType<TextItem>().FirstOrDefault()?.Line.Runs.Where(r => !r.IsContinuationMark).Select(r => r.Text) ?? []);

    // The last inline that begins at or before the offset.
    private static TextOrigin? Origin(IReadOnlyList<TextOrigin> origins, int offset)
    {
        TextOrigin? found = null;
        foreach (var origin in origins)
        {
            if (origin.Offset > offset) break;
            found = origin;
        }
        return found;
    }
}
