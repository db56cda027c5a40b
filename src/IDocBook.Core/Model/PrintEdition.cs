namespace IDocBook.Core.Model;

/// <summary>
/// The print edition's pages, as the PDF built in the same run set them: each page's label (i, ii,
/// 1, 2 …) and where it begins in the book. The EPUB marks those places and lists the pages, so a
/// reader can go to the page a printed copy shows.
/// </summary>
/// <param name="Name">What names the edition in the EPUB's metadata (the PDF's file name).</param>
public sealed record PrintEdition(string Name, IReadOnlyList<PrintPage> Pages);

/// <summary>A page: its label and where it begins; null when it begins with nothing of the book (a blank page).</summary>
public sealed record PrintPage(string Label, PagePosition? Start);

/// <summary>A place in the book where a printed page can begin.</summary>
public abstract record PagePosition;

/// <summary>The title page.</summary>
public sealed record TitlePagePosition : PagePosition;

/// <summary>
/// The printed contents: at its heading (all null), at the title of the <see cref="Part"/>-th part
/// (from 0), or at the entry for a chapter and anchor.
/// </summary>
public sealed record ContentsPosition(string? ChapterId, string? Anchor, int? Part = null) : PagePosition;

/// <summary>
/// Inside a chapter: <see cref="Node"/> is the number of a model node in the chapter's reading
/// order (see <see cref="Transforms.NodeOrder"/>; <see cref="Transforms.NodeOrder.Title"/> for the
/// title the writers add), and <see cref="Offset"/> a character of its text (a text or inline code
/// node, or a code block's whole text); 0 for the node's start.
/// </summary>
public sealed record ChapterPosition(string ChapterId, int Node, int Offset) : PagePosition;
