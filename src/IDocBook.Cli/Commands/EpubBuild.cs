using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Core.Timing;
using IDocBook.Epub;
using IDocBook.Media.Cover;
using IDocBook.Media.Fonts;

namespace IDocBook.Cli.Commands;

/// <summary>
/// Prepares what the EPUB writer takes besides the model: a drawn cover when the author gave
/// none, and the fonts subset to the characters the book uses (<see cref="EpubFonts"/>).
/// </summary>
internal static class EpubBuild
{
    /// <param name="cache">What an earlier build of the same book drew and subset (watch); null for none.</param>
    /// <param name="print">The pages of the PDF built in the same run, for page numbers; null for none.</param>
    public static void Write(Book book, Stream output, DiagnosticSink sink, Stages? stages = null, OutputCache? cache = null, PrintEdition? print = null) =>
        (stages ?? Stages.None).Time("epub", () => WriteEpub(book, output, sink, cache ?? new OutputCache(forRebuilds: false), print));

    /// <summary>
    /// Starts drawing the cover for <paramref name="text"/> on another core, for the EPUB that will be
    /// written once the book is read (a cover takes as long as parsing a hundred chapters). Should the
    /// finished book's title differ, the EPUB draws its own.
    /// </summary>
    public static void StartCover(CoverText text, OutputCache cache) => cache.StartCover(text.Key, () => Draw(text));

    private static byte[] Draw(CoverText text) => CoverRenderer.RenderPng(text.Title, text.Subtitle, text.Authors);

    private static void WriteEpub(Book book, Stream output, DiagnosticSink sink, OutputCache cache, PrintEdition? print)
    {
        var meta = book.Metadata;
        // The fonts are subset on another core while the cover is drawn (unless that started early)
        // and the chapters are written: each takes a while, and none needs the others.
        var fonts = Task.Run(() => EpubFonts.For(book, sink, cache));
        var text = CoverText.Of(meta);
        var cover = meta.Cover is null ? cache.Cover(text.Key, () => Draw(text)) : null;
        var options = new EpubOptions { CoverPng = cover, Fonts = fonts, PrintPages = print };
        EpubWriter.Write(book, options, output);
    }
}
