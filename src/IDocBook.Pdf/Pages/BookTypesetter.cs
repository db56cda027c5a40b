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
    /// <param name="progress">Hears each chapter laid out, and the pages once they are counted.</param>
    /// <param name="options">What the pages hold besides the chapters (title page, contents and its depth) and how they are printed (two-sided, the report); its paper and margins are <paramref name="setup"/>.</param>
    public static PagedDocument Typeset(Book book, ITextLayouter text, PageSetup setup, string creator, PdfCache? cache = null, PdfOptions? options = null,
        Core.Timing.BuildProgress? progress = null)
    {
        options ??= new PdfOptions();
        var (tocDepth, twoSided) = (options.TocDepth, options.TwoSided);
        var type = Typography.For(book.Metadata.Language);
        var destinations = new Destinations();
        LayoutContext NewContext() => new(book, text, type, destinations) { MaxBoxHeight = MaxBoxHeight(setup) };
        var context = NewContext();
        var composer = new PageComposer(setup, text, type);

        // Besides its chapter, a chapter's layout reads the page's size, the language's labels and
        // the images (figures are sized from their bytes).
        cache?.Begin(StructuralHash.Of(setup.ContentWidth, setup.ContentHeight, book.Metadata.Language, book.Resources, text is TextLayouter own ? own.Settings : null));
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
            // Two-sided: a chapter opens on a recto, so after an odd number of pages a blank verso comes first.
            if (twoSided && body.Pages.Count % 2 == 1) body.AddBlank();
            body.Add(boxes, new ChapterStart(chapter.Id, chapter.Title));
            progress?.Pages(body.Pages.Count);
        }

        options.Report?.Invoke(TypesetReport.Of([.. body.Pages.Where(p => p.Boxes.Count > 0 || p.Chapter is not null)], setup.ContentHeight));

        var pageOfDestination = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < body.Pages.Count; i++)
            foreach (var (box, _) in body.Pages[i].Boxes.Concat(body.Pages[i].Notes.Select(n => (n.Note, 0f))))
                foreach (var d in box.Items.OfType<DestinationItem>()) pageOfDestination.TryAdd(d.Name, i + 1);

        var toc = TableOfContents.Build(book, depth: tocDepth);
        var tocDestination = context.Destinations.For("contents");
        var front = new Paginator(setup.ContentHeight, composer.FootnoteSeparator);
        front.Add(TocLayout.Layout(toc, name => pageOfDestination.TryGetValue(name, out var p) ? p : null,
            context.Labels.Contents, tocDestination, setup.ContentWidth, context), null);

        // A table's header rows, placed again at the top of a page it continues on, are the page's
        // decoration, not the book's text a second time: the copies are artifacts.
        var flow = new HashSet<Box>(chapters.SelectMany(ch => ch.Boxes), ReferenceEqualityComparer.Instance);
        var placed = new HashSet<Box>(ReferenceEqualityComparer.Instance);
        foreach (var page in body.Pages)
            for (var i = 0; i < page.Boxes.Count; i++)
                if (!placed.Add(page.Boxes[i].Box) || !flow.Contains(page.Boxes[i].Box))
                    page.Boxes[i] = (page.Boxes[i].Box with { Items = [.. page.Boxes[i].Box.Items.Select(item => item with { Tag = null })] }, page.Boxes[i].Y);

        var pages = new List<Page>();
        if (options.TitlePage) pages.Add(TitlePage.Make(book.Metadata, setup, context));
        // Two-sided: the title page's back is blank, and the body starts on a recto.
        var blankAfterTitle = twoSided && pages.Count == 1;
        if (blankAfterTitle) pages.Add(composer.Compose(new PlacedPage(null, opening: true), "", showFolio: false));
        if (options.Contents)
        {
            if (twoSided && (pages.Count + front.Pages.Count) % 2 == 1) front.AddBlank();
            var before = pages.Count;
            pages.AddRange(front.Pages.Select((p, i) => composer.Compose(p, Roman.Of(before + i + 1), showFolio: true, verso: twoSided && (before + i) % 2 == 1)));
        }
        var frontCount = pages.Count;
        pages.AddRange(body.Pages.Select((p, i) => composer.Compose(p, (i + 1).ToString(CultureInfo.InvariantCulture), showFolio: true, verso: twoSided && i % 2 == 1)));

        var outline = options.Contents ? new List<OutlineItem> { new(context.Labels.Contents, tocDestination, []) } : [];
        // Bookmarks go at least to the third level, deeper than the printed contents by default, as readers navigate by them.
        outline.AddRange(Outline(TableOfContents.Build(book, depth: Math.Max(3, tocDepth)), context.Destinations));
        var meta = book.Metadata;
        var info = new PdfInfo(meta.Title, string.Join(", ", meta.Authors), meta.Description ?? meta.Subtitle ?? "",
            string.Join(", ", meta.Keywords), creator, meta.Language, meta.Date);
        PageLabelRange[] labels = frontCount == 0 ? [new PageLabelRange(0, PageLabelStyle.Decimal)]
            : [new PageLabelRange(0, PageLabelStyle.LowerRoman), new PageLabelRange(frontCount, PageLabelStyle.Decimal)];
        return new PagedDocument(pages, outline, labels, info)
        {
            PrintPages = PrintPages(options.TitlePage, blankAfterTitle, options.Contents ? front.Pages : [], body.Pages, flow),
        };
    }

    /// <summary>
    /// Each page's label and the first thing of the book it sets: the title page, the contents, then
    /// the body, where header rows a table repeats at the top of a page are not what the page begins with.
    /// </summary>
    /// <param name="flow">The boxes the chapters were laid out into: a header row repeated after a page break is placed again, or (in an indented table) is a copy.</param>
    /// <param name="blankAfterTitle">Two-sided printing left the title page's back blank.</param>
    private static List<PrintPage> PrintPages(bool titlePage, bool blankAfterTitle, IReadOnlyList<PlacedPage> front, IReadOnlyList<PlacedPage> body, HashSet<Box> flow)
    {
        var pages = new List<PrintPage>();
        if (titlePage) pages.Add(new PrintPage(Roman.Of(1), new TitlePagePosition()));
        if (blankAfterTitle) pages.Add(new PrintPage(Roman.Of(2), null));
        foreach (var page in front) pages.Add(new PrintPage(Roman.Of(pages.Count + 1), FirstStart(page, _ => false)));
        var seen = new HashSet<Box>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < body.Count; i++)
            pages.Add(new PrintPage((i + 1).ToString(CultureInfo.InvariantCulture), FirstStart(body[i], box => !seen.Add(box) || !flow.Contains(box))));
        // A page that sets nothing of the book (a blank verso) begins where the next page does, and is marked just before it.
        for (var i = pages.Count - 2; i >= 0; i--)
            if (pages[i].Start is null) pages[i] = pages[i] with { Start = pages[i + 1].Start };
        return pages;
    }

    private static PagePosition? FirstStart(PlacedPage page, Func<Box, bool> repeated)
    {
        PagePosition? start = null;
        foreach (var (box, _) in page.Boxes)
            if (!repeated(box) && start is null) start = box.Start;
        return start;
    }

    /// <summary>The tallest unbreakable box: a page leaves room beside it for a repeated table header or a caption.</summary>
    public static float MaxBoxHeight(PageSetup setup) => setup.ContentHeight * 0.8f;

    private static List<Box> ChapterBoxes(Chapter chapter, float width, LayoutContext c)
    {
        // Like the EPUB, a chapter without its own title heading gets one from the summary.
        IReadOnlyList<Block> blocks = ChapterTitle.IsInText(chapter.Blocks) ? chapter.Blocks
            : [new Heading(1, [new Core.Model.Text(chapter.Title, SourceSpan.None)], Attributes.Empty, SourceSpan.None), .. chapter.Blocks];
        c.Section = new Tagging.StructElement("Sect");
        var boxes = Tagging.Tags.Wrap(BlockLayout.Layout(blocks, width, c, new BlockEnv()), c.Section);
        // The title the writers add begins where the EPUB writes its own.
        for (var i = 0; i < boxes.Count && boxes[i].Start is null; i++)
            boxes[i] = boxes[i] with { Start = new ChapterPosition(chapter.Id, NodeOrder.Title, 0) };
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
