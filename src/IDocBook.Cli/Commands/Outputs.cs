using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Pdf;
using IDocBook.Pdf.Pages;

namespace IDocBook.Cli.Commands;

/// <summary>Writes the outputs the options ask for from a finished book: the step that <c>build</c> and <c>watch</c> share.</summary>
internal static class Outputs
{
    /// <summary>
    /// What to hand <see cref="BookInput.Read"/> so that the outputs' slow preparations start while the
    /// book is read: the EPUB's drawn cover. Null when no EPUB is asked for.
    /// </summary>
    public static Action<CoverText>? EarlyStart(BuildOptions options, OutputCache cache) =>
        options.Format is "epub" or "all" ? text => EpubBuild.StartCover(text, cache) : null;

    /// <returns>The files written, EPUB before PDF; a file that could not be written is reported instead.</returns>
    /// <param name="cache">What was started early for this build (<see cref="EarlyStart"/>), and what an earlier build of the same book can lend this one (watch).</param>
    public static IReadOnlyList<WrittenFile> Write(Book book, BuildOptions options, DiagnosticSink sink, Stages stages, OutputCache? cache = null)
    {
        var writers = new List<(string Extension, Action<Stream, DiagnosticSink> Write)>();
        if (options.Format is "epub" or "all")
            writers.Add((".epub", (stream, own) => EpubBuild.Write(book, stream, own, stages, cache)));
        if (options.Format is "pdf" or "all")
            writers.Add((".pdf", (stream, own) => PdfWriter.Write(book, PdfOptionsFor(book, options, own, cache), stream, own, stages, cache?.Pdf)));
        // The writers share nothing but the finished model, so they run side by side from the start
        // (each spreads its own work over the cores); each reports into its own sink, merged in a
        // fixed order, so messages do not depend on which ends first.
        var results = new (DiagnosticSink Sink, WrittenFile? Written)[writers.Count];
        var running = writers.Select((writer, i) => Task.Run(() =>
        {
            var own = new DiagnosticSink();
            results[i] = (own, WriteFile(book, options.Output, writer.Extension, stream => writer.Write(stream, own), own));
        })).ToArray();
        Task.WaitAll(running);
        foreach (var (own, _) in results) sink.Merge(own);
        return [.. results.Select(r => r.Written).OfType<WrittenFile>()];
    }

    private static WrittenFile? WriteFile(Book book, string outputDir, string extension, Action<Stream> write, DiagnosticSink sink)
    {
        var path = Path.Combine(outputDir, book.Metadata.Name + extension);
        try
        {
            AtomicFile.Write(path, write);
            return new WrittenFile(path, new FileInfo(path).Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Report(Codes.OutputFailed, $"cannot write '{path}': {e.Message}", null);
            return null;
        }
    }

    internal static PdfOptions PdfOptionsFor(Book book, BuildOptions options, DiagnosticSink sink, OutputCache? cache)
    {
        var name = options.Paper ?? book.Metadata.Paper ?? "A4";
        var chosen = Paper.Named(name);
        if (chosen is null)
            sink.Report(Codes.ConfigInvalid, $"paper '{name}' is not one of {string.Join(", ", Paper.All.Select(p => p.Name))}; A4 is used", null);
        var fonts = book.Metadata.Fonts;
        return new PdfOptions
        {
            Paper = chosen ?? Paper.A4,
            MarginsMm = (options.Margins is null ? null : Margins.Parse([options.Margins])) ?? book.Metadata.MarginsMm,
            Fonts = new IDocBook.Pdf.Fonts.FontChoice(fonts.GetValueOrDefault("body"), fonts.GetValueOrDefault("bold"), fonts.GetValueOrDefault("heading"), fonts.GetValueOrDefault("mono")),
            Typesetting = new IDocBook.Pdf.Text.TypesetSettings
            {
                Punctuation = book.Metadata.Punctuation == "kaiming" ? IDocBook.Pdf.Text.PunctuationStyle.Kaiming : IDocBook.Pdf.Text.PunctuationStyle.FullWidth,
                HangingPunctuation = book.Metadata.HangingPunctuation,
                Hyphenate = IDocBook.Pdf.Text.TypesetSettings.HyphenatesLatinIn(book.Metadata.Language),
            },
            TocDepth = options.TocDepth ?? book.Metadata.TocDepth ?? 2,
            TwoSided = options.TwoSided || book.Metadata.TwoSided,
            Report = options.TypesetReport && cache is not null ? r => cache.Report = r : null,
        };
    }
}
