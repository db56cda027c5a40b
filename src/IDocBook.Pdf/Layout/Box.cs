using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// One unbreakable piece of vertical material: a line of a paragraph, a table row, a code line,
/// an image. Elements turn blocks into boxes at a given width; the paginator turns boxes into
/// pages. Items are positioned from the box's own top-left corner.
/// </summary>
internal sealed record Box(float Height, IReadOnlyList<PageItem> Items)
{
    /// <summary>Space above the box; dropped when the box starts a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Never break a page right after this box (headings, table headers).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>A line of a heading: the paginator keeps it with at least two lines of what follows.</summary>
    public bool Heading { get; init; }

    /// <summary>
    /// The first box of a float (a figure and its caption): this many boxes from here on move as one,
    /// to the top of the next page when they do not fit, while the text after them goes on before.
    /// </summary>
    public int Float { get; init; }

    /// <summary>Lines of one paragraph share a group, so widows and orphans can be counted.</summary>
    public LineGroup? Group { get; init; }

    /// <summary>Footnote bodies to set at the foot of the page this box lands on.</summary>
    public IReadOnlyList<Box> Footnotes { get; init; } = [];

    /// <summary>Boxes to repeat at the top of a page when a break falls inside this box's table.</summary>
    public IReadOnlyList<Box>? RepeatOnBreak { get; init; }

    /// <summary>Where in the book the box begins, for the EPUB's marks of where printed pages begin (see <see cref="PageStarts"/>).</summary>
    public Core.Model.PagePosition? Start { get; init; }

    /// <summary>Starts a chapter: always opens a new page, which carries no running head.</summary>
    public ChapterStart? Chapter { get; init; }

    public static Box Space(float height) => new(0, []) { SpaceBefore = height };
}

/// <summary>Membership of a paragraph's line in its paragraph: index from 0 of <see cref="Count"/>.</summary>
internal sealed record LineGroup(object Paragraph, int Index, int Count);

/// <summary>The chapter a box opens, for running heads and the outline.</summary>
internal sealed record ChapterStart(string Id, string Title);
