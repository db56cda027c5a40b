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

    public Page Compose(PlacedPage placed, string folio, bool showFolio)
    {
        var items = new List<PageItem>();
        foreach (var (box, y) in placed.Boxes) items.AddRange(ItemOffset.Move(box.Items, setup.Left, setup.Top + y));
        if (placed.Notes.Count > 0)
        {
            var y = setup.Top + setup.ContentHeight - placed.NotesHeight(FootnoteSeparator);
            items.Add(new LineItem(setup.Left, y + FootnoteSeparator * 0.4f, setup.Left + setup.ContentWidth * 0.3f, y + FootnoteSeparator * 0.4f, type.Rule, 0.5f));
            y += FootnoteSeparator;
            foreach (var (_, note) in placed.Notes)
            {
                items.AddRange(ItemOffset.Move(note.Items, setup.Left, y));
                y += note.Height;
            }
        }
        if (!placed.Opening && placed.Chapter is { } chapter)
        {
            var style = type.Body with { Size = type.FootnoteSize, Color = type.Muted };
            var headY = setup.Top * 0.55f;
            items.AddRange(Line(chapter.Title, style, setup.Left, headY, setup.ContentWidth, TextAlign.Center));
            items.Add(new LineItem(setup.Left, headY + style.Size * 0.6f, setup.Left + setup.ContentWidth, headY + style.Size * 0.6f, type.Rule, 0.4f));
        }
        if (showFolio && !placed.Opening)
        {
            var style = type.Body with { Size = type.FootnoteSize + 0.5f, Color = type.Muted };
            items.AddRange(Line(folio, style, setup.Left, setup.Paper.Height - setup.Bottom * 0.5f, setup.ContentWidth, TextAlign.Center));
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
