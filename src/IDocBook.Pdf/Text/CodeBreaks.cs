using System.Buffers;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Where inline code may break, in place of ICU's rules for words (which cut <c>RUN --</c> /
/// <c>mount=type=bind</c> at the hyphen and nowhere else): after a space, after / , ; = &amp; ? - _ and before
/// ( [ { . as a <see cref="BreakKind.Code"/> break, between the humps of a camel-case identifier as a
/// <see cref="BreakKind.Hump"/> (<c>termination|Grace|Period|Seconds</c>: without them a long identifier
/// could only stay whole, leaving the line before it loose, or be cut anywhere), and between any two
/// graphemes as a last resort (CSS <c>overflow-wrap: anywhere</c>). No break leaves fewer than <see cref="MinPart"/> characters of a token
/// (a run without spaces) on either side, so no line ends with <c>go</c> or starts with <c>d</c>.
/// </summary>
internal static class CodeBreaks
{
    public const int MinPart = 3;

    private static readonly SearchValues<char> After = SearchValues.Create("/,;=&?-_");
    private static readonly SearchValues<char> Before = SearchValues.Create("([{.");

    public static bool IsCode(StyledText piece) => piece.Style.Font == FontRole.Mono;

    public static void Mark(ParagraphText text, byte[] kinds)
    {
        var s = text.Text;
        for (var k = 0; k < text.Pieces.Count; k++)
        {
            if (!IsCode(text.Pieces[k])) continue;
            int start = text.Starts[k], end = text.Starts[k + 1];
            var token = start;
            for (var p = start + 1; p < end; p++)
            {
                if (s[p - 1] == ' ' && s[p] != ' ') token = p;
                if (kinds[p] == BreakKind.None) continue;
                if (s[p - 1] == ' ')
                {
                    kinds[p] = s[p] == ' ' ? BreakKind.None : BreakKind.Soft;
                    continue;
                }
                if (s[p] == ' ' || p - token < MinPart || TokenEnd(s, p, end) - p < MinPart)
                {
                    kinds[p] = BreakKind.None;
                    continue;
                }
                var before = s[p - 1];
                var after = s[p];
                if ((After.Contains(before) && !After.Contains(after)) || (Before.Contains(after) && !Before.Contains(before)))
                    kinds[p] = BreakKind.Code;
                else if (char.IsLower(before) && char.IsUpper(after))
                    kinds[p] = BreakKind.Hump;
                else
                    kinds[p] = BreakKind.Grapheme;
            }
        }
    }

    private static int TokenEnd(string s, int p, int end)
    {
        var i = s.AsSpan(p, end - p).IndexOf(' ');
        return i < 0 ? end : p + i;
    }
}
