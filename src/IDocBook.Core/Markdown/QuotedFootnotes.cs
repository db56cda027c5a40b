using System.Text.RegularExpressions;
using IDocBook.Core.Loading;

namespace IDocBook.Core.Markdown;

/// <summary>
/// Markdig reads footnote definitions only at the top level of a document: one written inside a
/// block quote (<c>&gt; [^1]: text</c>) stayed literal text, and its reference a literal <c>[^1]</c>.
/// Such definitions, with their indented continuation lines, are moved below the text, unquoted, each
/// line keeping its origin, so diagnostics still point where the author wrote them.
/// </summary>
internal static partial class QuotedFootnotes
{
    [GeneratedRegex(@"^(?<quote>(?: {0,3}>)+ ?)\[\^[^\]\s]+\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^(?: {0,3}> ?)*\s*(?:```|~~~)")]
    private static partial Regex Fence();

    /// <param name="file">The book-relative file the text was read from, for lines that came from no include.</param>
    public static ExpandedText Lift(ExpandedText expanded, string file)
    {
        var text = expanded.Text;
        if (!text.Contains("[^", StringComparison.Ordinal) || !text.Contains('>')) return expanded;
        var lines = text.Split('\n');
        var kept = new List<int>();
        var moved = new List<(int Line, string Text)>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().IsMatch(lines[i])) inFence = !inFence;
            var match = inFence ? Match.Empty : Definition().Match(lines[i]);
            if (!match.Success)
            {
                kept.Add(i);
                continue;
            }
            var quote = match.Groups["quote"].Value;
            moved.Add((i, lines[i][quote.Length..]));
            // Continuation lines: the same quote, then an indent of at least two spaces.
            while (i + 1 < lines.Length && lines[i + 1].StartsWith(quote.TrimEnd(), StringComparison.Ordinal)
                && lines[i + 1][quote.TrimEnd().Length..] is var rest && rest.StartsWith("   ", StringComparison.Ordinal))
            {
                i++;
                moved.Add((i, rest[1..]));
            }
        }
        if (moved.Count == 0) return expanded;

        var origins = expanded.Lines;
        LineOrigin Origin(int line) => origins is not null && line < origins.Count ? origins[line] : new LineOrigin(file, line + 1);
        var result = new List<string>(lines.Length + 1);
        var resultOrigins = new List<LineOrigin>(lines.Length + 1);
        foreach (var i in kept)
        {
            result.Add(lines[i]);
            resultOrigins.Add(Origin(i));
        }
        result.Add("");
        resultOrigins.Add(Origin(lines.Length - 1));
        foreach (var (line, definition) in moved)
        {
            result.Add(definition);
            resultOrigins.Add(Origin(line));
        }
        return expanded with { Text = string.Join('\n', result), Lines = resultOrigins };
    }
}
