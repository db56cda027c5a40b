using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IDocBook.Core.Markdown;

/// <summary>
/// A footnote reference without a definition is left by Markdig as the text it is, <c>[^1]</c>:
/// the author's mistake, reported at its place (IDB0203) instead of printed in silence. A code span
/// is no text, and an escaped bracket (<c>\[^1]</c>) is the author saying it is not a reference.
/// </summary>
internal static partial class MissingFootnotes
{
    public static void Report(MarkdownDocument document, LineMap lines, DiagnosticSink sink)
    {
        var containers = document.Descendants<LeafBlock>().Select(b => b.Inline).OfType<ContainerInline>()
            .SelectMany(root => root.Descendants<ContainerInline>().Prepend(root));
        var text = new StringBuilder();
        var pieces = new List<(int Offset, LiteralInline Literal)>();
        foreach (var container in containers)
        {
            // Markdig splits an unmatched bracket from what follows it: join neighbouring literals.
            // A reference has a caret; text without one (nearly all of a book) is not searched.
            var caret = false;
            for (var inline = container.FirstChild; ; inline = inline.NextSibling)
            {
                if (inline is LiteralInline literal)
                {
                    pieces.Add((text.Length, literal));
                    var content = literal.Content.AsSpan();
                    text.Append(content);
                    caret |= content.Contains('^');
                    continue;
                }
                if (caret) Check(text.ToString(), pieces, lines, sink);
                text.Clear();
                pieces.Clear();
                caret = false;
                if (inline is null) break;
            }
        }
    }

    private static void Check(string text, List<(int Offset, LiteralInline Literal)> pieces, LineMap lines, DiagnosticSink sink)
    {
        if (pieces.Count == 0) return;
        foreach (Match m in Reference().Matches(text))
        {
            var (offset, literal) = pieces.Last(p => p.Offset <= m.Index);
            if (offset == m.Index && literal.IsFirstCharacterEscaped) continue;
            sink.Report(Codes.FootnoteMissing, $"Footnote {m.Value} has no definition, so it is shown as text.", lines.At(literal.Span.Start + m.Index - offset),
                $"Add its definition, {m.Value}: …, to this chapter, or remove the reference.");
        }
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex Reference();
}
