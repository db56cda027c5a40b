using System.Globalization;
using IDocBook.Core.Model;
using IDocBook.Core.Threading;
using IDocBook.Core.Transforms;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// Typesets a book: chapters become boxes, boxes become pages; then the table of contents is
/// set with the body's page numbers, and front matter (title page, contents) numbered i, ii …
/// goes before a body numbered from 1.
/// </summary>
internal static class BookTypesetter
{
    /// <param name="cache">Chapters' boxes from an earlier build with the same fonts (watch); null for none.</param>
    /// <param name="titlePage">False leaves out the title page.</param>
    /// <param name="contents">False leaves out the printed contents (the outline keeps its entries).</param>
    /// <param name="progress">Hears each chapter laid out, and the pages once they are counted.</param>
    public static PagedDocument Typeset(Book book, ITextLayouter text, PageSetup setup, string creator, PdfCache? cache = null,
        bool titlePage = true, bool contents = true, Core.Timing.BuildProgress? progress = null)
    {
        var type = new Typography();
        var destinations = new Destinations();
        LayoutContext NewContext() => new(book, text, type, destinations) { MaxBoxHeight = MaxBoxHeight(setup) };
        var context = NewContext();
        var composer = new PageComposer(setup, text, type);

        // Besides its chapter, a chapter's layout reads the page's size, the language's labels and
        // the images (figures are sized from their bytes).
        cache?.Begin(StructuralHash.Of(setup.ContentWidth, setup.ContentHeight, book.Metadata.Language, book.Resources));
        progress?.Chapters("pdf layout", book.Chapters.Count());
        // Chapters are independent until pagination, so they are set on every core, in order.
        var chapters = OrderedParallel.Select([.. book.Chapters], chapter =>
        {
            List<Box> LayOut()
            {
                var own = NewContext();
                own.Enter(chapter);
                return ChapterBoxes(chapter, setup.ContentWidth, own);
            }
            // Sub-chapters are laid out on their own: a parent's boxes do not depend on them.
            var laidOut = (chapter, Boxes: cache is null ? LayOut() : cache.Boxes(StructuralHash.Of(chapter with { Children = [] }), LayOut));
            progress?.ChapterDone("pdf layout");
            return laidOut;
        });
        var body = new Paginator(setup.ContentHeight, composer.FootnoteSeparator);
        foreach (var (chapter, boxes) in chapters)
        {
            body.Add(boxes, new ChapterStart(chapter.Id, chapter.Title));
            progress?.Pages(body.Pages.Count);
        }

        var pageOfDestination = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < body.Pages.Count; i++)
            foreach (var (box, _) in body.Pages[i].Boxes.Concat(body.Pages[i].Notes.Select(n => (n.Note, 0f))))
                foreach (var d in box.Items.OfType<DestinationItem>()) pageOfDestination.TryAdd(d.Name, i + 1);

        var toc = TableOfContents.Build(book, depth: 2);
        var tocDestination = context.Destinations.For("contents");
        var front = new Paginator(setup.ContentHeight, composer.FootnoteSeparator);
        front.Add(TocLayout.Layout(toc, name => pageOfDestination.TryGetValue(name, out var p) ? p : null,
            context.Labels.Contents, tocDestination, setup.ContentWidth, context), null);

        var pages = new List<Page>();
        if (titlePage) pages.Add(TitlePage.Make(book.Metadata, setup, context));
        var firstContentsPage = pages.Count + 1;
        if (contents) pages.AddRange(front.Pages.Select((p, i) => composer.Compose(p, Roman.Of(firstContentsPage + i), showFolio: true)));
        var frontCount = pages.Count;
        pages.AddRange(body.Pages.Select((p, i) => composer.Compose(p, (i + 1).ToString(CultureInfo.InvariantCulture), showFolio: true)));

        var outline = contents ? new List<OutlineItem> { new(context.Labels.Contents, tocDestination, []) } : [];
        // The printed contents stop at sections; bookmarks go one level deeper, as readers navigate by them.
        outline.AddRange(Outline(TableOfContents.Build(book, depth: 3), context.Destinations));
        var meta = book.Metadata;
        var info = new PdfInfo(meta.Title, string.Join(", ", meta.Authors), meta.Description ?? meta.Subtitle ?? "",
            string.Join(", ", meta.Keywords), creator, meta.Language, meta.Date);
        PageLabelRange[] labels = frontCount == 0 ? [new PageLabelRange(0, PageLabelStyle.Decimal)]
            : [new PageLabelRange(0, PageLabelStyle.LowerRoman), new PageLabelRange(frontCount, PageLabelStyle.Decimal)];
        return new PagedDocument(pages, outline, labels, info);
    }

    /// <summary>The tallest unbreakable box: a page leaves room beside it for a repeated table header or a caption.</summary>
    public static float MaxBoxHeight(PageSetup setup) => setup.ContentHeight * 0.8f;

    private static List<Box> ChapterBoxes(Chapter chapter, float width, LayoutContext c)
    {
        // Like the EPUB, a chapter without its own title heading gets one from the summary.
        IReadOnlyList<Block> blocks = ChapterTitle.IsInText(chapter.Blocks) ? chapter.Blocks
            : [new Heading(1, [new Core.Model.Text(chapter.Title, SourceSpan.None)], Attributes.Empty, SourceSpan.None), .. chapter.Blocks];
        var boxes = BlockLayout.Layout(blocks, width, c, new BlockEnv());
        if (boxes.Count > 0)
            boxes[0] = boxes[0] with { SpaceBefore = 0, Items = [new DestinationItem(c.Destinations.For(chapter.Id), 0, 0), .. boxes[0].Items] };
        return boxes;
    }

    private static IEnumerable<OutlineItem> Outline(IReadOnlyList<TocPart> parts, Destinations destinations)
    {
        foreach (var part in parts)
        {
            var chapters = part.Entries.Select(e => Item(e, destinations)).ToList();
            if (part.Title is null || chapters.Count == 0) foreach (var c in chapters) yield return c;
            else yield return new OutlineItem(part.Title, chapters[0].Destination, chapters);
        }
    }

    private static OutlineItem Item(TocEntry entry, Destinations destinations) =>
        new((entry.Number is null ? "" : entry.Number + " ") + entry.Title, destinations.For(entry.ChapterId, entry.Anchor),
            [.. entry.Children.Select(c => Item(c, destinations))]);
}
