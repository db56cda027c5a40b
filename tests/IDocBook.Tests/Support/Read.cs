using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Tests.Support;

/// <summary>Shortcuts for reading Markdown snippets in tests.</summary>
internal static class Read
{
    public static IReadOnlyList<Block> Blocks(string markdown, DiagnosticSink? sink = null) =>
        HeadingStructure.Normalize(MarkdownReader.Read(markdown, "test.md", sink ?? new DiagnosticSink()).Blocks);

    public static IReadOnlyList<Inline> Inlines(string markdown) =>
        Blocks(markdown).OfType<Paragraph>().Single().Content;

    public static string Text(string markdown) => InlineText.Of(Inlines(markdown));

    /// <summary>Reads a whole book that must read without any diagnostic, and shows them if it does not.</summary>
    public static Book CleanBook(string path)
    {
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(path, sink);
        Shouldly.ShouldBeEnumerableTestExtensions.ShouldBeEmpty(sink.All, string.Join("\n", sink.All.Select(d => $"{d.Source}: {d.Message}")));
        return book ?? throw new Shouldly.ShouldAssertException($"{path} did not read");
    }
}
