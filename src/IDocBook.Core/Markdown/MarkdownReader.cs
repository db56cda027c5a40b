using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace IDocBook.Core.Markdown;

/// <summary>What the reader makes of one Markdown file.</summary>
public sealed record MarkdownFile(IReadOnlyList<Model.Block> Blocks, IReadOnlyDictionary<string, string> FrontMatter);

/// <summary>
/// The one place where Markdig is used: Markdown text in, model blocks out. Heading levels are
/// left as written; the loader nests them by structure once chapters are known.
/// </summary>
public static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseCjkFriendlyEmphasis()
        .UseAlertBlocks()
        .UseGenericAttributes()
        .UseYamlFrontMatter()
        .Build();

    /// <param name="text">The file's text.</param>
    /// <param name="file">Book-relative path, used in every source span.</param>
    public static MarkdownFile Read(string text, string file, DiagnosticSink sink)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var lines = new LineMap(text, file);
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), lines.At(yaml.Span.Start).At(lines.At(yaml.Span.Start).Line + 1, 1), sink)
            : new Dictionary<string, string>();
        var converter = new BlockConverter(lines, sink);
        return new MarkdownFile(converter.Blocks(document), frontMatter);
    }
}
