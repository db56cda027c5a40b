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

    public static void Write(Book book, Stream output, DiagnosticSink sink, Stages? stages = null) =>
        (stages ?? Stages.None).Time("epub", () => WriteEpub(book, output, sink));

    private static void WriteEpub(Book book, Stream output, DiagnosticSink sink)
    {
        var meta = book.Metadata;
        // Drawing the cover and subsetting the font are independent and each take a while.
        var cover = Task.Run(() => meta.Cover is null ? CoverRenderer.RenderPng(meta.Title, meta.Subtitle, meta.Authors) : null);
        var font = BodyFont(book, sink);
        var options = new EpubOptions { CoverPng = cover.Result, BodyFont = font };
        EpubWriter.Write(book, options, output);
    }

    private static EmbeddedFont? BodyFont(Book book, DiagnosticSink sink)
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
        var subset = FontSubsetter.Subset(path, BookCharacters.Of(book));
        return subset.Length <= MaxEmbeddedFontBytes ? new EmbeddedFont("IDocBook Serif", subset) : null;
    }
}
