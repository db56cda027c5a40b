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
/// none, and the body font subset to the characters the book uses when that stays small.
/// </summary>
internal static class EpubBuild
{
    /// <summary>Readers without CJK fonts need one; beyond this size the download cost outweighs it.</summary>
    private const int MaxEmbeddedFontBytes = 1 << 20;

    /// <param name="cache">What an earlier build of the same book drew and subset (watch); null for none.</param>
    public static void Write(Book book, Stream output, DiagnosticSink sink, Stages? stages = null, OutputCache? cache = null) =>
        (stages ?? Stages.None).Time("epub", () => WriteEpub(book, output, sink, cache ?? new OutputCache(forRebuilds: false)));

    /// <summary>
    /// Starts drawing the cover for <paramref name="text"/> on another core, for the EPUB that will be
    /// written once the book is read (a cover takes as long as parsing a hundred chapters). Should the
    /// finished book's title differ, the EPUB draws its own.
    /// </summary>
    public static void StartCover(CoverText text, OutputCache cache) => cache.StartCover(text.Key, () => Draw(text));

    private static byte[] Draw(CoverText text) => CoverRenderer.RenderPng(text.Title, text.Subtitle, text.Authors);

    private static void WriteEpub(Book book, Stream output, DiagnosticSink sink, OutputCache cache)
    {
        var meta = book.Metadata;
        // The font is subset on another core while the cover is drawn (unless that started early)
        // and the chapters are written: each takes a while, and none needs the others.
        var font = Task.Run(() => BodyFont(book, sink, cache));
        var text = CoverText.Of(meta);
        var cover = meta.Cover is null ? cache.Cover(text.Key, () => Draw(text)) : null;
        var options = new EpubOptions { CoverPng = cover, BodyFont = font };
        EpubWriter.Write(book, options, output);
    }

    private static EmbeddedFont? BodyFont(Book book, DiagnosticSink sink, OutputCache cache)
    {
        string path;
        try
        {
            path = BundledFonts.Serif;
        }
        catch (FileNotFoundException e)
        {
            sink.Report(Codes.FontMissing, $"the body font is not embedded: {e.Message}", null);
            return null;
        }
        var characters = BookCharacters.Of(book);
        var key = path + "\n" + string.Join(' ', characters.Order());
        var subset = cache.BodyFont(key, () => FontSubsetter.Subset(path, characters));
        return subset.Length <= MaxEmbeddedFontBytes ? new EmbeddedFont("IDocBook Serif", subset) : null;
    }
}
