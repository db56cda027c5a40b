namespace IDocBook.Pdf.Pages;

/// <summary>What the book's pages hold besides the chapters, and how they are printed.</summary>
/// <param name="TitlePage">False leaves out the title page (short handouts).</param>
/// <param name="Contents">False leaves out the printed contents; the bookmarks keep their entries.</param>
/// <param name="TocDepth">Heading levels in the printed contents: 1 is chapters only.</param>
/// <param name="TwoSided">Chapters and the contents open on recto (odd) pages, versos mirror the margins.</param>
/// <param name="Report">Called with the typesetting report of the body, measured on its pages; null to measure nothing.</param>
internal sealed record TypesetOptions(bool TitlePage = true, bool Contents = true, int TocDepth = 2, bool TwoSided = false, Action<TypesetReport>? Report = null)
{
    public static readonly TypesetOptions Default = new();
}
