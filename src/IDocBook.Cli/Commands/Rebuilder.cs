using System.Diagnostics;
using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Timing;

namespace IDocBook.Cli.Commands;

/// <summary>
/// Builds one book again and again, as <c>watch</c> does, handing each build the chapters parsed
/// and the code highlighted by the one before, so only what changed is read again. Each build
/// writes the same bytes a fresh <c>idocbook build</c> of the same files would.
/// </summary>
internal sealed class Rebuilder(BuildOptions options)
{
    private readonly BuildCache _cache = new();
    private readonly OutputCache _outputs = new(forRebuilds: true);

    /// <summary>Reads the book as it is on disk now and writes its outputs; problems are in the report, not thrown.</summary>
    public RebuildReport Rebuild(Stages? stages = null)
    {
        stages ??= Stages.None;
        var start = Stopwatch.GetTimestamp();
        var sink = new DiagnosticSink();
        var book = BookInput.Read(options.Book, sink, stages, _cache, Outputs.EarlyStart(options, _outputs), options.Read, options.Diagrams);
        var written = book is null || !book.Chapters.Any() ? [] : Outputs.Write(book, options, sink, stages, _outputs);
        var pdf = written.Any(w => w.Path.EndsWith(".pdf", StringComparison.Ordinal));
        return new RebuildReport(Stopwatch.GetElapsedTime(start), _cache.LastBuild, written, sink) { Layouts = pdf ? _outputs.Pdf!.LastBuild : null };
    }
}
