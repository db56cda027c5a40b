using System.Globalization;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Pdf;
using IDocBook.Pdf.Fonts;
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
        var written = Run(book, options, sink, stages, cache, write: true);
        if (options.Checksums && written.Count > 0) written.Add(Checksums.Write(options.Output, written));
        return written;
    }

    /// <summary>
    /// Runs the writers <see cref="Write"/> would run, into nothing: every check of fonts, layout and
    /// output is made and reported, and no file is touched (<c>check</c>).
    /// </summary>
    public static void Check(Book book, BuildOptions options, DiagnosticSink sink, Stages stages) => Run(book, options, sink, stages, null, write: false);

    private static List<WrittenFile> Run(Book book, BuildOptions options, DiagnosticSink sink, Stages stages, OutputCache? cache, bool write)
    {
        // --toc-depth is the config's toc-depth for this build: both outputs' contents follow it.
        if (options.TocDepth is { } depth) book = book with { Metadata = book.Metadata with { TocDepth = depth } };
        // With both formats the EPUB marks where the PDF's pages begin, so it starts once the PDF is
        // paginated (waiting as a continuation, not a blocked thread); a PDF that fails before that
        // releases it without page numbers. An EPUB built alone has none.
        var paginated = new TaskCompletionSource<PrintEdition?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = new List<(string Extension, Task Start, Action<Stream, DiagnosticSink> Write)>();
        if (options.Format is "epub" or "all")
            writers.Add((".epub", options.Format == "all" ? paginated.Task : Task.CompletedTask,
                (stream, own) => EpubBuild.Write(book, stream, own, stages, cache, options.Format == "all" ? paginated.Task.Result : null)));
        if (options.Format is "pdf" or "all")
        {
            // Settings that cannot make a readable page stop the build before anything is written.
            if (PdfOptionsFor(book, options, sink, cache) is not { } pdf) return [];
            var edition = book.Metadata.Name + ".pdf";
            pdf = pdf with { Paginated = pages => paginated.TrySetResult(new PrintEdition(edition, pages)) };
            writers.Add((".pdf", Task.CompletedTask, (stream, own) => PdfWriter.Write(book, pdf, stream, own, stages, cache?.Pdf)));
        }
        var files = new AtomicFile.Pending?[writers.Count];
        try
        {
            // The writers share nothing else, so they run side by side (each spreads its own work over
            // the cores); each reports into its own sink, merged in a fixed order, so messages do not
            // depend on which ends first.
            var sinks = writers.Select(_ => new DiagnosticSink()).ToArray();
            var running = writers.Select((writer, i) => writer.Start.ContinueWith(_ =>
            {
                try
                {
                    if (!write)
                    {
                        writer.Write(Stream.Null, sinks[i]);
                        return;
                    }
                    var path = Path.Combine(options.Output, book.Metadata.Name + writer.Extension);
                    try
                    {
                        files[i] = AtomicFile.Begin(path);
                        writer.Write(files[i]!.Stream, sinks[i]);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
                    {
                        files[i]?.Dispose();
                        files[i] = null;
                        sinks[i].Report(Codes.OutputFailed, $"'{path}' cannot be written: {e.Message.TrimEnd('.')}.", null,
                            "Check that the output folder can be written to and that the disk has room.");
                    }
                }
                finally
                {
                    paginated.TrySetResult(null);
                }
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)).ToArray();
            try
            {
                Task.WaitAll(running);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // A bug, not the book: the last-resort handler reports it; no output is committed.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            foreach (var own in sinks) sink.Merge(own);
            // Only now, with every output complete, do they take their names.
            var written = new List<WrittenFile>();
            foreach (var file in files.OfType<AtomicFile.Pending>())
            {
                try
                {
                    file.Commit();
                    written.Add(new WrittenFile(file.Path, new FileInfo(file.Path).Length));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    sink.Report(Codes.OutputFailed, $"'{file.Path}' cannot be written: {e.Message.TrimEnd('.')}.", null,
                        "Check that the output folder can be written to and that the disk has room.");
                }
            }
            return written;
        }
        finally
        {
            foreach (var file in files) file?.Dispose();
        }
    }

    /// <returns>The PDF's settings, or null when the margins leave too little room for text (reported).</returns>
    internal static PdfOptions? PdfOptionsFor(Book book, BuildOptions options, DiagnosticSink sink, OutputCache? cache)
    {
        // The config's paper was checked where it is written, and --paper by its option.
        var paper = Paper.Parse(options.Paper ?? book.Metadata.Paper ?? "A4") ?? Paper.A4;
        var pdf = new PdfOptions
        {
            Paper = paper,
            MarginsMm = (options.Margins is null ? null : Margins.Parse([options.Margins])) ?? book.Metadata.MarginsMm,
            Fonts = FontsFor(book.Metadata, options.FontPaths),
            TitlePage = options.TitlePage,
            Contents = options.Contents,
            Booklet = options.Booklet,
            Typesetting = new IDocBook.Pdf.Text.TypesetSettings
            {
                Punctuation = book.Metadata.Punctuation == "kaiming" ? IDocBook.Pdf.Text.PunctuationStyle.Kaiming : IDocBook.Pdf.Text.PunctuationStyle.FullWidth,
                HangingPunctuation = book.Metadata.HangingPunctuation,
                Hyphenate = IDocBook.Pdf.Text.TypesetSettings.HyphenatesLatinIn(book.Metadata.Language),
            },
            TocDepth = options.TocDepth ?? book.Metadata.TocDepth ?? 2,
            TwoSided = options.TwoSided || book.Metadata.TwoSided,
            Report = options.TypesetReport && cache is not null ? r => cache.Report = r : null,
            Standards = options.PdfStandards,
        };
        if (pdf.TextWidthMm >= PdfOptions.MinTextWidthMm) return pdf;
        var from = options.Margins is null ? "The margins" : $"--margins {options.Margins}";
        sink.Report(Codes.ConfigInvalid,
            string.Create(CultureInfo.InvariantCulture, $"{from} leave {pdf.TextWidthMm:0.#} mm of text width on {pdf.Paper.Name} paper ({pdf.Paper.WidthMm:0.#} mm wide), less than the {PdfOptions.MinTextWidthMm:0} mm a readable line needs; nothing was written."),
            options.Margins is null ? book.Metadata.Places.GetValueOrDefault("margins") : null, "Make the left and right margins smaller, or the paper wider.");
        return null;
    }

    /// <summary>The fonts the config names, its fallback list, the <c>--font-path</c> folders, and the machine's fonts unless the config turns them off.</summary>
    public static FontChoice FontsFor(BookMetadata? metadata, IReadOnlyList<string> fontPaths)
    {
        var fonts = metadata?.Fonts ?? new Dictionary<string, string>();
        return new FontChoice(fonts.GetValueOrDefault("body"), fonts.GetValueOrDefault("bold"), fonts.GetValueOrDefault("heading"), fonts.GetValueOrDefault("mono"))
        {
            Italic = fonts.GetValueOrDefault("italic"),
            BoldItalic = fonts.GetValueOrDefault("bold-italic"),
            Fallback = metadata?.FallbackFonts ?? [],
            FontPaths = fontPaths,
            SystemFonts = metadata?.SystemFonts ?? true,
        };
    }
}
