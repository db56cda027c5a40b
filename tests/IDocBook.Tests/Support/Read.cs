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
}
