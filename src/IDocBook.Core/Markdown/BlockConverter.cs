using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown.Html;
using IDocBook.Core.Model;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = IDocBook.Core.Model.SourceSpan;
using CodeBlock = IDocBook.Core.Model.CodeBlock;
using MdCodeBlock = Markdig.Syntax.CodeBlock;
using MdBlock = Markdig.Syntax.Block;

namespace IDocBook.Core.Markdown;

/// <summary>Converts Markdig blocks to model blocks; raw HTML blocks are assembled with their Markdown siblings.</summary>
internal sealed class BlockConverter(LineMap lines, DiagnosticSink sink)
{
    private readonly HtmlMapper _html = new(sink) { InlineMarkdown = (text, at) => InlineMarkdown(text, at, sink) };
    private readonly InlineConverter _inlines = new(lines, new HtmlMapper(sink), sink);

    /// <summary>Markdown inline text from an attribute (a listing's caption), placed at the element that holds it.</summary>
    private static IReadOnlyList<Model.Inline> InlineMarkdown(string text, SourceSpan at, DiagnosticSink sink)
    {
        var document = Markdig.Markdown.Parse(text.ReplaceLineEndings(" "), MarkdownReader.Pipeline);
        if (document.FirstOrDefault() is not ParagraphBlock { Inline: { } inline }) return [new Model.Text(text, at)];
        var map = new LineMap(text, at.File, [new Loading.LineOrigin(at.File, at.Line)]);
        return HtmlMapper.Trim(new InlineConverter(map, new HtmlMapper(sink), sink).Convert(inline));
    }

    /// <summary>
    /// Columns beyond this are folded into the last one: no page or screen shows more side by side,
    /// and a 5,000-column table would make every writer's layout pathological.
    /// </summary>
    internal const int MaxColumns = 64;

    public IReadOnlyList<Model.Block> Blocks(ContainerBlock container)
    {
        if (!container.Any(b => b is HtmlBlock))
            return [.. container.SelectMany(Convert)];

        var assembler = new HtmlAssembler(_html);
        foreach (var block in container)
        {
            if (block is HtmlBlock html)
            {
                var start = html.Span.Start;
                assembler.Feed(HtmlTokenizer.Tokenize(html.Lines.ToString()), offset => lines.At(start + offset));
            }
            else
                foreach (var converted in Convert(block)) assembler.Add(converted);
        }
        return _html.Blocks(assembler.Finish());
    }

    private IEnumerable<Model.Block> Convert(MdBlock block)
    {
        var source = lines.At(block.Span.Start);
        switch (block)
        {
            case HeadingBlock h:
                return [new Heading(h.Level, _inlines.Convert(h.Inline), Attrs(h), source)];
            case ParagraphBlock p:
                // A <br> at the very end of a paragraph would only add an empty line.
                var content = HtmlMapper.Trim(_inlines.Convert(p.Inline));
                if (content.Count == 0) return [];
                return [StandaloneImage.Block(content, source)];
            case AlertBlock alert:
                var kind = alert.Kind.ToString().ToLowerInvariant();
                return [new Div(Attributes.Empty.WithClass("alert").WithClass("alert-" + kind), Blocks(alert), source)];
            case DefinitionList definitions:
                return [DefinitionListDiv(definitions, source)];
            case QuoteBlock quote:
                return [new BlockQuote(Blocks(quote), source)];
            case Markdig.Syntax.ListBlock list:
                return [List(list, source)];
            case FencedCodeBlock fenced:
                // Pandoc-style ```{.python} reaches us as attributes (generic attributes extension): the first class names the language.
                return [FencedCode(fenced, source)];
            case YamlFrontMatterBlock:
                // Before the code block case: Markdig's front matter block is a CodeBlock, and was being shown as code.
                return [];
            case MdCodeBlock code:
                return [new CodeBlock(null, Code(code), source)];
            case Markdig.Extensions.Tables.Table table:
                return [Table(table, source)];
            case ThematicBreakBlock:
                return [new ThematicBreak(source)];
            case FootnoteGroup group:
                return group.OfType<Footnote>().OrderBy(f => f.Order)
                    .Select(f => new FootnoteDefinition(f.Label?.TrimStart('^') ?? f.Order.ToString(), f.Order, Blocks(f), lines.At(f.Span.Start)));
            case LinkReferenceDefinitionGroup or BlankLineBlock:
                return [];
            case ContainerBlock other:
                return Blocks(other);
            case LeafBlock leaf when leaf.Inline is not null:
                return [new Paragraph(_inlines.Convert(leaf.Inline), source)];
            default:
                return [];
        }
    }

    // Definition lists travel as divs (classes definition-list, definition-term, definition) rather
    // than a new node: every writer already lays out a div, and the EPUB writer turns these into <dl>.
    private Div DefinitionListDiv(DefinitionList list, SourceSpan source)
    {
        var content = new List<Model.Block>();
        foreach (var item in list.OfType<DefinitionItem>())
        {
            foreach (var term in item.OfType<DefinitionTerm>())
            {
                var at = lines.At(term.Span.Start);
                content.Add(new Div(Attributes.Empty.WithClass("definition-term"), [new Paragraph(_inlines.Convert(term.Inline), at)], at));
            }
            var body = item.Where(b => b is not DefinitionTerm).SelectMany(Convert).ToList();
            if (body.Count > 0) content.Add(new Div(Attributes.Empty.WithClass("definition"), body, lines.At(item.Span.Start)));
        }
        return new Div(Attributes.Empty.WithClass("definition-list"), content, source);
    }

    private Model.ListBlock List(Markdig.Syntax.ListBlock list, SourceSpan source)
    {
        var items = list.OfType<ListItemBlock>().Select(item =>
        {
            var task = (item.FirstOrDefault() as ParagraphBlock)?.Inline?.FirstChild as TaskList;
            return new ListItem(Blocks(item), task?.Checked, lines.At(item.Span.Start));
        });
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var n) ? n : 1;
        return new Model.ListBlock(list.IsOrdered, start, !list.IsLoose, [.. items], source);
    }

    private Model.Table Table(Markdig.Extensions.Tables.Table table, SourceSpan source)
    {
        var alignments = table.ColumnDefinitions.Select(c => c.Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        }).ToList();
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        Model.TableRow Row(Markdig.Extensions.Tables.TableRow row)
        {
            // Markdig's own ColumnIndex is not reliable for body rows; colspans decide the column.
            var column = 0;
            var cells = new List<Model.TableCell>();
            foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
            {
                var align = column < alignments.Count ? alignments[column] : ColumnAlign.Default;
                var inlines = cell.OfType<LeafBlock>().Where(l => l.Inline is not null).SelectMany(l => _inlines.Convert(l.Inline!)).ToList();
                var span = Math.Max(1, cell.ColumnSpan);
                cells.Add(new Model.TableCell(inlines, align, span) { Source = lines.At(cell.Span.Start) });
                column += span;
            }
            return new Model.TableRow(cells) { Source = lines.At(row.Span.Start) };
        }
        var columns = Math.Max(alignments.Count, rows.Select(r => r.OfType<Markdig.Extensions.Tables.TableCell>().Sum(c => Math.Max(1, c.ColumnSpan))).DefaultIfEmpty(0).Max());
        while (alignments.Count < columns) alignments.Add(ColumnAlign.Default);
        var result = new Model.Table(alignments, [.. rows.Where(r => r.IsHeader).Select(Row)], [.. rows.Where(r => !r.IsHeader).Select(Row)], source);
        if (columns <= MaxColumns) return result;
        sink.Report(Codes.TableTooWide, $"The table has {columns} columns; columns after the {MaxColumns}th are joined into the last one.", source,
            "Split the table, or turn it around so that its long side runs down the page.");
        return TableFolding.Fold(result, MaxColumns);
    }

    private static Attributes Attrs(MdBlock block)
    {
        var html = block.TryGetAttributes();
        if (html is null) return Attributes.Empty;
        var attributes = new Attributes(html.Id, html.Classes?.ToList() ?? [], html.Properties?.Select(p => new KeyValuePair<string, string>(p.Key, p.Value ?? "")).ToList() ?? []);
        return attributes;
    }

    private static CodeBlock FencedCode(FencedCodeBlock fenced, SourceSpan source)
    {
        // Markdig adds the whole info string as a class language-{info}: the language is kept on its own.
        var attributes = Attrs(fenced);
        attributes = attributes with { Classes = [.. attributes.Classes.Where(c => !c.StartsWith("language-", StringComparison.Ordinal))] };
        var language = Language(fenced.Info);
        if (language is null && attributes.Classes.Count > 0)
        {
            language = attributes.Classes[0];
            attributes = attributes with { Classes = [.. attributes.Classes.Skip(1)] };
        }
        // rust,ignore,does_not_compile: the words after the language are marks the writers may show.
        foreach (var word in $"{fenced.Info} {fenced.Arguments}".Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries).Skip(language is null ? 0 : 1))
            if (word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) attributes = attributes.WithClass(word);
        return new CodeBlock(language, Code(fenced), source) { Attributes = attributes };
    }

    /// <summary>The first word of a fence's info string: <c>rust,no_run</c> and <c>{.python}</c> name rust and python.</summary>
    internal static string? Language(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return null;
        var word = info.Trim().TrimStart('{', '.').Split([' ', ',', '\t', '{', '}'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(word) ? null : word;
    }

    private static string Code(LeafBlock block)
    {
        // An empty code block (a fence closed at once inside a quote) has no line array at all.
        if (block.Lines.Lines is null || block.Lines.Count == 0) return "";
        // Joined straight from the source text: a string per line first was a second copy of all the code.
        var lines = block.Lines.Lines.AsSpan(0, block.Lines.Count);
        var length = lines.Length - 1;
        foreach (var line in lines) length += line.Slice.Length;
        var code = new StringBuilder(length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) code.Append('\n');
            code.Append(lines[i].Slice.AsSpan());
        }
        return code.ToString();
    }
}
