using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;
using IDocBook.Core.Transforms;
using IDocBook.Core.Transforms.Highlighting;

namespace IDocBook.Core;

/// <summary>
/// Reads a book into the finished model both writers draw: load, then the transforms that
/// resolve everything once (ids, links, images, numbering, highlighting), in this order because links need
/// the ids.
/// </summary>
public static class BookReader
{
    public static Book? Read(string path, DiagnosticSink sink, Stages? stages = null)
    {
        stages ??= Stages.None;
        var (loaded, files) = BookLoader.Load(path, sink, stages);
        if (loaded is null || files is null) return null;
        var book = stages.Time("transforms", () =>
        {
            var (withIds, anchors) = HeadingIds.Assign(loaded);
            var resolved = LinkResolver.Resolve(withIds, anchors, files, sink);
            resolved = ResourceCollector.Collect(resolved, files, sink);
            resolved = SectionNumbering.Apply(resolved);
            DiagramNotice.Report(resolved, sink);
            return resolved;
        });
        return stages.Time("highlighting", () => new CodeHighlighter().Apply(book));
    }
}
