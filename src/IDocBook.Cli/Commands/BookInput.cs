using IDocBook.Core;
using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Diagrams;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Media.Fonts;
using IDocBook.Media.Images;

namespace IDocBook.Cli.Commands;

/// <summary>
/// The book as every command sees it: read and resolved by Core (diagrams drawn, with labels
/// measured in the fonts the PDF sets them in), then its images prepared once (checked,
/// downscaled, converted, sanitised) and its configured fonts proven, for whichever writers run,
/// so <c>check</c> reports exactly what <c>build</c> would.
/// </summary>
internal static class BookInput
{
    /// <param name="coverTextKnown">See <see cref="BookReader.Read"/>.</param>
    /// <param name="options">See <see cref="BookReader.Read"/>.</param>
    /// <param name="diagrams">False keeps every diagram block as code (<c>--no-diagrams</c>).</param>
    public static Book? Read(string path, DiagnosticSink sink, Stages? stages = null, BuildCache? cache = null, Action<CoverText>? coverTextKnown = null,
        ReadOptions? options = null, bool diagrams = true) =>
        BookReader.Read(path, sink, stages, cache, coverTextKnown, options, diagrams ? LabelFonts(sink) : null,
            book => (stages ?? Stages.None).Time("images", () => BookFonts.Check(BookImages.Prepare(book, sink), sink)));

    private static ITextMeasure? LabelFonts(DiagnosticSink sink)
    {
        try
        {
            return LabelMeasure.Deferred();
        }
        catch (FileNotFoundException e)
        {
            sink.Report(Codes.FontMissing, $"Diagrams are not drawn: {e.Message.TrimEnd('.')}.", null, "Reinstall IDocBook: its bundled fonts are missing.");
            return null;
        }
    }
}
