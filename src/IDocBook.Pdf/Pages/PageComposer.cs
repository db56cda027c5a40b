using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// Turns filled pages into final pages: boxes moved into the text block, footnotes at the foot
/// under a short rule, the running head (chapter title) and the folio. Chapter-opening pages
/// carry neither, as in printed books.
/// </summary>
internal sealed class PageComposer(PageSetup setup, ITextLayouter text, Typography type)
{
    public float FootnoteSeparator => type.FootnoteSize * 1.6f;

    /// <param name="verso">A left-hand page of a two-sided book: its margins are mirrored, the inner one on the right.</param>
    public Page Compose(PlacedPage placed, string folio, bool showFolio, bool verso = false)
    {
        var items = new List<PageItem>();
        var left = verso ? setup.Right : setup.Left;
        foreach (var (box, y) in placed.Boxes) items.AddRange(ItemOffset.Move(box.Items, left, setup.Top + y));
        if (placed.Notes.Count > 0)
        {
            var y = setup.Top + setup.ContentHeight - placed.NotesHeight(FootnoteSeparator);
            items.Add(new LineItem(left, y + FootnoteSeparator * 0.4f, left + setup.ContentWidth * 0.3f, y + FootnoteSeparator * 0.4f, type.Rule, 0.5f));
            y += FootnoteSeparator;
            foreach (var (_, note) in placed.Notes)
            {
                items.AddRange(ItemOffset.Move(note.Items, left, y));
                y += note.Height;
            }
        }
        if (!placed.Opening && placed.Chapter is { } chapter)
        {
            var style = type.Body with { Size = type.FootnoteSize, Color = type.Muted };
            var headY = setup.Top * 0.55f;
            items.AddRange(Line(chapter.Title, style, left, headY, setup.ContentWidth, TextAlign.Center));
            items.Add(new LineItem(left, headY + style.Size * 0.6f, left + setup.ContentWidth, headY + style.Size * 0.6f, type.Rule, 0.4f));
        }
        if (showFolio && !placed.Opening)
        {
            var style = type.Body with { Size = type.FootnoteSize + 0.5f, Color = type.Muted };
            items.AddRange(Line(folio, style, left, setup.Paper.Height - setup.Bottom * 0.5f, setup.ContentWidth, TextAlign.Center));
        }
        return new Page(setup.Paper.Width, setup.Paper.Height, items);
    }

    private IEnumerable<PageItem> Line(string content, TextStyle style, float left, float baseline, float width, TextAlign align)
    {
        var lines = text.Layout(new ParagraphSpec([new StyledText(content, style)], width) { Align = align, LineHeight = 1.2f });
        if (lines.Count == 0) yield break;
        yield return new TextItem(left, baseline, lines[0]);
    }
}
