using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
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
    public static Book? Read(string path, DiagnosticSink sink)
    {
        var (book, files) = BookLoader.Load(path, sink);
        if (book is null || files is null) return null;
        var (withIds, anchors) = HeadingIds.Assign(book);
        book = LinkResolver.Resolve(withIds, anchors, files, sink);
        book = ResourceCollector.Collect(book, files, sink);
        book = SectionNumbering.Apply(book);
        DiagramNotice.Report(book, sink);
        return new CodeHighlighter().Apply(book);
    }
}
