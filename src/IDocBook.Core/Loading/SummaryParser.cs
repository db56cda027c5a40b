using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using ChapterKind = IDocBook.Core.Model.ChapterKind;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IDocBook.Core.Loading;

/// <summary>
/// Reads the table of contents of GitBook/HonKit and mdBook books, which share one shape:
/// an optional title (<c># Summary</c>, or any level-1 heading that opens the file); part headings (<c>## Part</c> in GitBook, <c># Part</c> in
/// mdBook); nested <c>*</c>/<c>-</c> lists of links, indented by 2 or 4 spaces; and, in mdBook,
/// plain links before the first list (prefix chapters) and after the last (suffix chapters),
/// <c>---</c> separators, and drafts <c>[Title]()</c>.
/// </summary>
public static partial class SummaryParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// Reads the summary. Markdig refuses lists nested past its limit (an ArgumentException): such a
    /// summary is reported and read again with every entry at the top level, so the book still builds.
    /// </summary>
    public static IReadOnlyList<SummaryPart> Parse(string text, string file, DiagnosticSink? sink = null)
    {
        try
        {
            return ParseNested(text, file);
        }
        catch (ArgumentException)
        {
            sink?.Report(Codes.NestingTooDeep, "the summary nests its entries too deeply for the Markdown reader; every entry is read as a top-level chapter",
                new Model.SourceSpan(file, 1, 1), "Nest the summary's lists at most a few dozen levels deep.");
            return ParseNested(string.Join('\n', text.Split('\n').Select(l => Indent().Replace(l, ""))), file);
        }
    }

    [GeneratedRegex(@"^[ \t>]+")]
    private static partial Regex Indent();

    private static IReadOnlyList<SummaryPart> ParseNested(string text, string file)
    {
        var lines = new LineMap(text, file);
        var parts = new List<SummaryPart>();
        string? partTitle = null;
        var entries = new List<SummaryEntry>();
        var seenList = false;
        var first = true;
        foreach (var block in Markdig.Markdown.Parse(text, Pipeline))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var title = PlainText(heading.Inline).Trim();
                    // A level-1 heading that opens the file is the summary's own title (# Summary, # 目录,
                    // # Table of Contents), as mdBook reads it: never a part wrapping the whole book.
                    if (first && (heading.Level == 1 || title.Equals("Summary", StringComparison.OrdinalIgnoreCase) || title == "目录")) break;
                    if (entries.Count > 0 || partTitle is not null) parts.Add(new SummaryPart(partTitle, entries));
                    partTitle = title;
                    entries = [];
                    break;
                case ParagraphBlock paragraph:
                    var kind = seenList ? ChapterKind.Suffix : ChapterKind.Prefix;
                    foreach (var link in Links(paragraph.Inline))
                        entries.Add(new SummaryEntry(PlainText(link).Trim(), link.Url ?? "", [], lines.At(link.Span.Start)) { Kind = kind });
                    break;
                case ListBlock list:
                    seenList = true;
                    entries.AddRange(Entries(list, lines));
                    break;
            }
            // Comments and link definitions above the title do not make it a part.
            if (block is HeadingBlock or ParagraphBlock or ListBlock) first = false;
        }
        if (entries.Count > 0 || partTitle is not null) parts.Add(new SummaryPart(partTitle, entries));
        return parts;
    }

    private static IEnumerable<SummaryEntry> Entries(ListBlock list, LineMap lines)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            var link = paragraph is null ? null : Links(paragraph.Inline).FirstOrDefault();
            var children = item.OfType<ListBlock>().SelectMany(l => Entries(l, lines)).ToList();
            var source = lines.At(item.Span.Start);
            if (link is not null) yield return new SummaryEntry(PlainText(link).Trim(), link.Url ?? "", children, source);
            else if (paragraph is not null) yield return new SummaryEntry(PlainText(paragraph.Inline).Trim(), null, children, source);
            else foreach (var child in children) yield return child;
        }
    }

    private static IEnumerable<LinkInline> Links(ContainerInline? container) =>
        container is null ? [] : container.Descendants<LinkInline>().Where(l => !l.IsImage);

    private static string PlainText(ContainerInline? container)
    {
        if (container is null) return "";
        return string.Concat(container.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            HtmlEntityInline e => e.Transcoded.ToString(),
            LineBreakInline => " ",
            _ => "",
        }));
    }
}
