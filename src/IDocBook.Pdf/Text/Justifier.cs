using System.Text;
using IDocBook.Core.Text;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 5: where a justified line takes its extra space. Between two characters when either is CJK
/// (Chinese has no word spaces, so every gap between characters is an opportunity), and at Latin word
/// spaces; never inside a Latin word, never after the line's last glyph.
/// </summary>
internal static class Justifier
{
    /// <summary>Fills <paramref name="gaps"/> with the characters that get extra space before them.</summary>
    public static void Opportunities(ShapedParagraph shaped, int start, int end, List<int> gaps)
    {
        gaps.Clear();
        var s = shaped.Text.Text;
        var previous = -1; // the last visible code point seen
        for (var i = start; i < end;)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var length);
            var cp = rune.Value;
            if (cp is '\n' or '\r' || Invisible.Is(cp)) { i += length; continue; }
            if (previous >= 0 && shaped.ClusterStart[i])
            {
                var space = IsSpace(previous);
                if (space || (!IsSpace(cp) && (Cjk.IsWide(previous) || Cjk.IsWide(cp)))) gaps.Add(i);
            }
            previous = cp;
            i += length;
        }
    }

    private static bool IsSpace(int cp) => cp is ' ' or '\t' or '\u00A0';
}
