using IDocBook.Pdf.Layout;

namespace IDocBook.Pdf.Pages;

/// <summary>A page being filled: boxes with their y in the text block, and the footnotes they brought.</summary>
internal sealed class PlacedPage(ChapterStart? chapter, bool opening)
{
    public ChapterStart? Chapter { get; } = chapter;
    /// <summary>A chapter's first page: no running head or folio.</summary>
    public bool Opening { get; } = opening;
    public List<(Box Box, float Y)> Boxes { get; } = [];
    public List<(Box Owner, Box Note)> Notes { get; } = [];

    public float Bottom => Boxes.Count == 0 ? 0 : Boxes[^1].Y + Boxes[^1].Box.Height;

    public float NotesHeight(float separator) => Notes.Count == 0 ? 0 : separator + Notes.Sum(n => n.Note.Height);
}
