using IDocBook.Core.Model;
using IDocBook.Core.Threading;
using IDocBook.Core.Transforms;

namespace IDocBook.Epub;

/// <summary>Writes a <see cref="Book"/> as an EPUB 3.3 publication (with an EPUB 2 NCX for old readers).</summary>
public static class EpubWriter
{
    private const string Xhtml = "application/xhtml+xml";

    /// <summary>Structural heading levels the nav shows unless the config's <c>toc-depth</c> says otherwise (chapter title, h2, h3).</summary>
    public const int DefaultTocDepth = 3;

    /// <summary>Every heading level: the NCX keeps the whole tree for readers that navigate by it.</summary>
    private const int FullDepth = 6;

    /// <summary>
    /// Writes the EPUB to <paramref name="output"/>. The same book and options always give the same
    /// bytes. The zip is written front to back, so any stream will do.
    /// </summary>
    public static void Write(Book book, EpubOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var context = new EpubContext(book, options);
        if (context.Chapters.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new ArgumentException($"Chapter id '{duplicate.Key}' is used twice; chapter ids must be unique.", nameof(book));

        // Chapters are written before the ids of the others are known, trusting every anchor; a
        // chapter that links to an anchor its target turned out not to contain is written again, so
        // that link falls back to the chapter instead of failing EPUBCheck. Chapter files are
        // independent, so they are written on every core, keeping the chapters' order.
        var written = OrderedParallel.Select(context.Chapters, c => ChapterDocument.Write(context, c));
        context.Anchors = context.Chapters.Zip(written).ToDictionary(p => p.First.Id, p => p.Second.Ids, StringComparer.Ordinal);
        var chapters = OrderedParallel.Select([.. context.Chapters.Zip(written)],
            p => new StoredFile(EpubContext.ChapterPath(p.First.Id), "ch-" + p.First.Id, Xhtml,
                p.Second.LinkedAnchors.All(context.HasAnchor) ? p.Second.Data : ChapterDocument.Write(context, p.First).Data));

        // The nav is read as a page, on a phone too: it stops at toc-depth. The NCX, which readers
        // only show as a folding menu, keeps every level.
        // Where each page of the print edition is marked, for the nav's page-list.
        Dictionary<string, string>? pages = null;
        if (options.PrintPages is not null)
        {
            pages = new Dictionary<string, string>(StringComparer.Ordinal);
            if (context.Resources.Cover is not null) foreach (var label in CoverPage.TitlePages(context)) pages[label] = $"{CoverPage.Path}#{NavDocument.MarkId(label)}";
            foreach (var page in options.PrintPages.Pages)
                if (page.Start is ContentsPosition || page.Start is TitlePagePosition && context.Resources.Cover is null) pages[page.Label] = $"{NavDocument.Path}#{NavDocument.MarkId(page.Label)}";
            foreach (var (chapter, marks) in context.Chapters.Zip(written))
                foreach (var (label, id) in marks.PageMarks) pages[label] = $"{EpubContext.ChapterPath(chapter.Id)}#{id}";
        }
        var toc = TableOfContents.Build(book, book.Metadata.TocDepth ?? DefaultTocDepth);
        var fullToc = TableOfContents.Build(book, FullDepth);
        var fonts = options.Fonts.GetAwaiter().GetResult();
        var cover = context.Resources.Cover;
        var files = new List<StoredFile>
        {
            new(NavDocument.Path, "nav", Xhtml, NavDocument.Write(context, toc, cover is not null, pages)),
            new(NcxDocument.Path, "ncx", "application/x-dtbncx+xml", NcxDocument.Write(context, fullToc)),
            new(Stylesheet.Path, "css", "text/css", Stylesheet.Write(context.Language, fonts, context.CodeStyles)),
        };
        files.AddRange(fonts.Select((font, i) => new StoredFile(Stylesheet.FontFolder + font.FileName, $"font-{i + 1}", "font/ttf", font.Data)));
        if (cover is not null) files.Add(new(CoverPage.Path, "cover-page", Xhtml, CoverPage.Write(context, cover)));
        files.AddRange(chapters);
        files.AddRange(context.Resources.Images);

        // The landmarks link to nav.xhtml#toc, and EPUBCheck (RSC-011) rejects links to files outside
        // the spine; a contents page after the cover is where a printed book has one anyway.
        List<string> spine = [.. cover is null ? [] : new[] { "cover-page" }, "nav", .. chapters.Select(c => c.Id)];
        DeterministicZip.Write(output,
        [
            new ZipEntry("mimetype", "application/epub+zip"u8.ToArray(), Compress: false),
            new ZipEntry("META-INF/container.xml", ContainerXml.Write()),
            new ZipEntry("OEBPS/" + PackageDocument.Path, PackageDocument.Write(context, files, spine)),
            .. files.Select(file => new ZipEntry("OEBPS/" + file.Path, file.Data, Compress: !file.IsCompressed)),
        ]);
    }
}
