using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Diagrams;
using IDocBook.Core.Loading;
using IDocBook.Core.Markdown;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Core.Transforms;
using IDocBook.Core.Transforms.Highlighting;

namespace IDocBook.Core;

/// <summary>
/// Reads a book into the finished model both writers draw: load, then the transforms that
/// resolve everything once (ids, links, images, numbering, diagrams, highlighting), in this order because
/// links need the ids.
/// </summary>
public static class BookReader
{
    // Set once the work of Prepare has been started in this process.
    private static int _pipelinesPrepared, _highlighterPrepared;

    /// <summary>
    /// Starts loading, on another thread, what reading any book needs before its first chapter: the
    /// Markdown pipelines and, with <paramref name="highlighting"/>, the highlighter's theme, scope
    /// map and regular-expression library. The command line calls it first thing, when start-up
    /// leaves the other cores idle; <see cref="Read"/> calls it too, and what has been started once
    /// is not started again.
    /// </summary>
    public static void Prepare(bool highlighting = true)
    {
        var pipelines = Interlocked.Exchange(ref _pipelinesPrepared, 1) == 0;
        var highlighter = highlighting && Interlocked.Exchange(ref _highlighterPrepared, 1) == 0;
        if (!pipelines && !highlighter) return;
        Task.Run(() =>
        {
            // A failure here fails again, and is reported, where the read uses what failed to load.
            try
            {
                if (pipelines) _ = (MarkdownReader.Pipeline, SummaryParser.Pipeline);
                if (highlighter) GrammarCatalog.Prepare();
            }
            catch (Exception e) when (e is not OutOfMemoryException) { }
        });
    }

    /// <param name="path">A book folder or a single Markdown file.</param>
    /// <param name="sink">Where problems are reported.</param>
    /// <param name="stages">Times each stage, when given.</param>
    /// <param name="cache">Parses and highlighting kept from the last read of this book, to reuse what did not change; null reads everything afresh.</param>
    /// <param name="coverTextKnown">Hears what a drawn cover would show as soon as that is known, long before the book is read (see <see cref="BookLoader.Load"/>).</param>
    /// <param name="options">Settings from the command line and the chapters to keep; null for none.</param>
    /// <param name="diagrams">Measures diagram labels; when given, mermaid blocks are drawn (see <see cref="DiagramStage"/>), else they stay code.</param>
    /// <param name="prepare">
    /// The caller's own work on the resolved book (the command line prepares images and checks fonts),
    /// done while code is still being tokenized, before highlighting is applied; it must leave code blocks as they are.
    /// </param>
    public static Book? Read(string path, DiagnosticSink sink, Stages? stages = null, BuildCache? cache = null, Action<CoverText>? coverTextKnown = null,
        ReadOptions? options = null, ITextMeasure? diagrams = null, Func<Book, Book>? prepare = null)
    {
        options ??= ReadOptions.Default;
        if (cache is null) return ReadBook(path, sink, stages ?? Stages.None, null, coverTextKnown, options, diagrams, prepare);
        cache.Begin();
        try
        {
            return ReadBook(path, sink, stages ?? Stages.None, cache, coverTextKnown, options, diagrams, prepare);
        }
        finally
        {
            cache.End();
        }
    }

    private static Book? ReadBook(string path, DiagnosticSink sink, Stages stages, BuildCache? cache, Action<CoverText>? coverTextKnown, ReadOptions options,
        ITextMeasure? diagrams, Func<Book, Book>? prepare)
    {
        // Not the highlighter for a selection of chapters, which may leave out most of the code.
        Prepare(highlighting: options.Chapters is null);
        var overrides = ConfigReader.FromPairs(options.Metadata, sink);
        var (loaded, files) = BookLoader.Load(path, sink, stages, cache, coverTextKnown, overrides);
        if (loaded is null || files is null) return null;
        // Code is tokenized on the other cores while the transforms run here: it needs nothing they
        // do. Not for a selection of chapters, which may leave out most of the code.
        var highlighter = new CodeHighlighter(cache);
        if (options.Chapters is null) highlighter.Start(loaded);
        try
        {
            var book = stages.Time("transforms", () =>
            {
                var (withIds, anchors) = HeadingIds.Assign(loaded);
                var resolved = LinkResolver.Resolve(withIds, anchors, files, sink);
                resolved = ResourceCollector.Collect(resolved, files, sink);
                resolved = SectionNumbering.Apply(resolved);
                DiagramNotice.Report(resolved, sink);
                var selected = options.Chapters is null ? resolved : ChapterSelection.Apply(resolved, options.Chapters, sink);
                if (selected is not null) AltTextCheck.Report(selected, sink);
                return selected;
            });
            if (book is null) return null;
            if (diagrams is not null) book = stages.Time("diagrams", () => new DiagramStage(diagrams, cache).Apply(book, sink));
            if (prepare is not null) book = prepare(book);
            return stages.Time("highlighting", () => highlighter.Apply(book));
        }
        finally
        {
            // Whatever ended the read, no tokenizing may outlive it (a watch's next build shares the cache).
            highlighter.Stop();
        }
    }
}
