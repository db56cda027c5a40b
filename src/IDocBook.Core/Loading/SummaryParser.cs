using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using ChapterKind = IDocBook.Core.Model.ChapterKind;
using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IDocBook.Core.Loading;

/// <summary>
/// Reads the table of contents of GitBook/HonKit and mdBook books, which share one shape:
/// an optional title (<c># Summary</c>, or any level-1 heading that opens the file); part headings (<c>## Part</c> in GitBook, <c># Part</c> in
/// mdBook); nested <c>*</c>/<c>-</c> lists of links, indented by 2 or 4 spaces; and, in mdBook,
/// plain links before the first list (prefix chapters) and after the last (suffix chapters),
/// <c>---</c> separators, and drafts <c>[Title]()</c>. Every other line is reported, never dropped
/// in silence: a line that was meant as a link and does not parse as one (<c>[Title](file.md</c>) is
/// an error, since its chapter is missing; other text is a warning.
/// </summary>
public static partial class SummaryParser
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// Reads the summary. Markdig refuses lists nested past its limit (an ArgumentException): such a
    /// summary is reported and read again with every entry at the top level, so the book still builds.
    /// </summary>
    public static IReadOnlyList<SummaryPart> Parse(string text, string file, DiagnosticSink? sink = null)
    {
        try
        {
            return ParseNested(text, file, sink);
        }
        catch (ArgumentException)
        {
            sink?.Report(Codes.NestingTooDeep, "The summary nests its entries too deeply for the Markdown reader; every entry is read as a top-level chapter.",
                new Model.SourceSpan(file, 1, 1), "Nest the summary's lists at most a few dozen levels deep.");
            return ParseNested(string.Join('\n', text.Split('\n').Select(l => Indent().Replace(l, ""))), file, sink);
        }
    }

    [GeneratedRegex(@"^[ \t>]+")]
    private static partial Regex Indent();

    private static IReadOnlyList<SummaryPart> ParseNested(string text, string file, DiagnosticSink? sink)
    {
        var lines = new LineMap(text, file);
        var check = new LineCheck(text, lines, sink);
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
                    check.Paragraph(paragraph, "text");
                    foreach (var link in Links(paragraph.Inline))
                        entries.Add(new SummaryEntry(PlainText(link).Trim(), link.Url ?? "", [], lines.At(link.Span.Start)) { Kind = kind });
                    break;
                case ListBlock list:
                    seenList = true;
                    entries.AddRange(Entries(list, lines, check));
                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment }:
                    break;
                default:
                    check.Other(block);
                    break;
            }
            // Comments and link definitions above the title do not make it a part.
            if (block is HeadingBlock or ParagraphBlock or ListBlock) first = false;
        }
        if (entries.Count > 0 || partTitle is not null) parts.Add(new SummaryPart(partTitle, entries));
        return parts;
    }

    private static IEnumerable<SummaryEntry> Entries(ListBlock list, LineMap lines, LineCheck check)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
            var link = paragraph is null ? null : Links(paragraph.Inline).FirstOrDefault();
            if (paragraph is null) check.EmptyItem(item);
            else check.Paragraph(paragraph, "list item");
            foreach (var other in item.Where(b => b != paragraph && b is not ListBlock)) check.Other(other);
            var children = item.OfType<ListBlock>().SelectMany(l => Entries(l, lines, check)).ToList();
            var source = lines.At(item.Span.Start);
            if (link is not null) yield return new SummaryEntry(PlainText(link).Trim(), link.Url ?? "", children, source);
            // A link that does not parse is an error (IDB0054) and makes no entry, not even a draft.
            else if (paragraph is not null && !BrokenLink().IsMatch(PlainText(paragraph.Inline))) yield return new SummaryEntry(PlainText(paragraph.Inline).Trim(), null, children, source);
            else foreach (var child in children) yield return child;
        }
    }

    /// <summary>Reports each summary line that is not an entry, a part heading, a separator or blank.</summary>
    private sealed class LineCheck(string text, LineMap lines, DiagnosticSink? sink)
    {
        /// <summary>Each line of the paragraph must hold a link; one that looks like a link and is not one is an error.</summary>
        public void Paragraph(ParagraphBlock paragraph, string what)
        {
            if (sink is null) return;
            var links = Links(paragraph.Inline).Select(l => l.Span.Start).ToList();
            // Markdig lets go of a paragraph's lines once its inlines are parsed; the text is still here.
            var end = Math.Min(paragraph.Span.End + 1, text.Length);
            for (var start = Math.Max(0, paragraph.Span.Start); start < end;)
            {
                var stop = text.IndexOf('\n', start, end - start) is var n and >= 0 ? n : end;
                var (from, to) = (start, stop);
                var first = from == Math.Max(0, paragraph.Span.Start);
                start = stop + 1;
                var content = text[from..to].TrimEnd('\r');
                if (content.Trim().Length == 0 || links.Any(l => l >= from && l <= to)) continue;
                var indent = content.Length - content.TrimStart().Length;
                var at = lines.At(from + indent);
                if (BrokenLink().Match(content) is { Success: true } broken)
                    sink.Report(Codes.SummaryLinkInvalid, $"'{content.Trim()}' is not a link, so no chapter is made of it.", lines.At(from + broken.Index),
                        "Write it as [Title](file.md), with both brackets and both parentheses.");
                else if (what == "list item" && first)
                    sink.Report(Codes.SummaryLineIgnored, $"List item '{content.Trim()}' has no link; it is shown in the contents as a title without a chapter.", at,
                        "Make it a link, [Title](file.md), to give it a chapter, or a part heading (## Title) to group the entries under it.");
                else
                    sink.Report(Codes.SummaryLineIgnored, $"Summary line '{content.Trim()}' is neither an entry, a part heading nor a separator; it is ignored.", at,
                        "Make it a list item with a link, * [Title](file.md), or a heading, or delete it.");
            }
        }

        public void EmptyItem(ListItemBlock item) =>
            sink?.Report(Codes.SummaryLineIgnored, "The list item is empty; it is ignored.", lines.At(item.Span.Start), "Give it a link, * [Title](file.md), or delete it.");

        public void Other(Block block)
        {
            var start = Math.Clamp(block.Span.Start, 0, text.Length);
            var end = text.IndexOf('\n', start) is var n and >= 0 ? n : text.Length;
            while (start < end && text[start] is ' ' or '\t') start++;
            var line = text[start..end].Trim();
            sink?.Report(Codes.SummaryLineIgnored, $"Summary line '{(line.Length > 60 ? line[..60] + "…" : line)}' is neither an entry, a part heading nor a separator; it is ignored.",
                lines.At(start), "A summary holds list items with links, * [Title](file.md), part headings and --- separators; move other text into a chapter.");
        }
    }

    // A [ ] or ]( that Markdig did not read as a link: a missing bracket or parenthesis, a space between ] and (.
    [GeneratedRegex(@"\[[^\]]*\]|\]\s*\(|\[[^\]]*\(")]
    private static partial Regex BrokenLink();

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
