using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
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
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseCjkFriendlyEmphasis()
        .UseAlertBlocks()
        .UseDefinitionLists()
        .UseGenericAttributes()
        .UseYamlFrontMatter()
        .Build();

    /// <param name="text">The file's text.</param>
    /// <param name="file">Book-relative path, used in every source span.</param>
    /// <param name="sink">Where problems are reported.</param>
    public static MarkdownFile Read(string text, string file, DiagnosticSink sink) => Read(ExpandedText.Plain(text), file, sink);

    /// <summary>Reads text whose directives were expanded; spans name the file each line came from.</summary>
    public static MarkdownFile Read(ExpandedText expanded, string file, DiagnosticSink sink)
    {
        expanded = QuotedFootnotes.Lift(expanded, file);
        var lines = new LineMap(expanded.Text, file, expanded.Lines);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(expanded.Text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses trees deeper than its nesting limit (deep quotes and lists, and some very
            // long paragraphs) rather than risk the stack; read such files piece by piece instead.
            return new MarkdownFile(DeepFallback.Read(expanded, file, sink), new Dictionary<string, string>());
        }
        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), lines.At(yaml.Span.Start).At(lines.At(yaml.Span.Start).Line + 1, 1), sink)
            : new Dictionary<string, string>();
        MissingFootnotes.Report(document, lines, sink);
        var converter = new BlockConverter(lines, sink);
        return new MarkdownFile(converter.Blocks(document), frontMatter);
    }

    /// <summary>Parses one piece of text; null when Markdig refuses it as too deeply nested.</summary>
    internal static IReadOnlyList<Model.Block>? TryBlocks(string text, LineMap lines, DiagnosticSink sink)
    {
        try
        {
            return new BlockConverter(lines, sink).Blocks(Markdig.Markdown.Parse(text, Pipeline));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
