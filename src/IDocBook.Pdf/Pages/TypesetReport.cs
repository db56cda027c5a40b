using System.Globalization;
using System.Text;
using IDocBook.Core.Text;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>
/// How well the body was set, measured on the laid-out pages themselves: glyph positions against the
/// glyphs' own advances, not what the line breaker meant to do.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CJK gap: the space added between two adjacent wide characters beyond the first one's advance.</item>
/// <item>Word space: from a space glyph to the next glyph, between two non-CJK characters; spaces inside inline code, which keep the monospace grid, are left out.</item>
/// <item>Full-width pair: two adjacent full-width marks (each with a blank half) whose pens are a full em or more apart.</item>
/// <item>Hyphenated lines, and the longest run of them one after another.</item>
/// <item>Overfull: the line runs past its measure. Cut word: a line ends between two letters without a hyphen.</item>
/// <item>Empty area: the share of a page's text block below its last box, pages that end a chapter left out.</item>
/// </list>
/// Lines are counted on body pages, footnotes included; a paragraph's last line, set ragged, counts
/// only for its gaps between characters.
/// </remarks>
public sealed record TypesetReport
{
    public int Pages { get; init; }
    public int Lines { get; init; }
    /// <summary>Lines by their largest CJK gap in em: ≤ 0.1, ≤ 0.25, ≤ 0.5, &gt; 0.5 (lines with no CJK pair are not counted).</summary>
    public int[] CjkGaps { get; init; } = new int[4];
    /// <summary>Lines by their largest word space in em: ≤ 0.5, ≤ 0.75, ≤ 1, &gt; 1 (lines with no word space are not counted).</summary>
    public int[] WordSpaces { get; init; } = new int[4];
    public int Hyphenated { get; init; }
    /// <summary>The longest run of hyphenated lines one after another.</summary>
    public int MostHyphensInARow { get; init; }
    public int Overfull { get; init; }
    public int CutWords { get; init; }
    public int FullWidthPairs { get; init; }
    public int CompressedPairs { get; init; }
    /// <summary>Mean empty share of the text block, and the number of pages more than a third empty, chapter ends left out.</summary>
    public float MeanEmpty { get; init; }
    public int MostlyEmptyPages { get; init; }

    public static readonly string[] GapBuckets = ["<=0.1", "<=0.25", "<=0.5", ">0.5"];
    public static readonly string[] SpaceBuckets = ["<=0.5", "<=0.75", "<=1", ">1"];

    internal static TypesetReport Of(IReadOnlyList<PlacedPage> body, float contentHeight)
    {
        var gaps = new int[4];
        var spaces = new int[4];
        int lines = 0, hyphenated = 0, mostInARow = 0, bodyRun = 0, noteRun = 0, overfull = 0, cut = 0, fullPairs = 0, compressedPairs = 0, mostlyEmpty = 0, measured = 0;
        var empty = 0.0;
        for (var p = 0; p < body.Count; p++)
        {
            var page = body[p];
            var endsChapter = p + 1 == body.Count || body[p + 1].Opening;
            if (!endsChapter && page.Boxes.Count > 0)
            {
                var share = Math.Clamp(1 - page.Bottom / contentHeight, 0, 1);
                empty += share;
                measured++;
                if (share > 1f / 3) mostlyEmpty++;
            }
            foreach (var (box, isNote) in page.Boxes.Select(b => (b.Box, false)).Concat(page.Notes.Select(n => (n.Note, true))))
            {
                foreach (var item in box.Items)
                {
                    if (item is not TextItem { Line: var line }) continue;
                    lines++;
                    if (line.Overflow > 0.5f) overfull++;
                    if (line.CutInsideWord) cut++;
                    // Runs of hyphenated lines in reading order; footnotes, set between a page's text and the next, count apart.
                    ref var run = ref isNote ? ref noteRun : ref bodyRun;
                    if (line.Runs.Count > 0 && line.Runs[^1] is { IsContinuationMark: true, Text: HyphenGlyph.Text })
                    {
                        hyphenated++;
                        mostInARow = Math.Max(mostInARow, ++run);
                    }
                    else run = 0;
                    var (gap, space, full, compressed) = Measure(line);
                    if (gap >= 0) gaps[Bucket(gap, 0.1f, 0.25f, 0.5f)]++;
                    if (space >= 0 && !line.IsLast) spaces[Bucket(space, 0.5f, 0.75f, 1f)]++;
                    fullPairs += full;
                    compressedPairs += compressed;
                }
            }
        }
        return new TypesetReport
        {
            Pages = body.Count, Lines = lines, CjkGaps = gaps, WordSpaces = spaces, Hyphenated = hyphenated, MostHyphensInARow = mostInARow, Overfull = overfull, CutWords = cut,
            FullWidthPairs = fullPairs, CompressedPairs = compressedPairs, MeanEmpty = measured == 0 ? 0 : (float)(empty / measured), MostlyEmptyPages = mostlyEmpty,
        };
    }

    private static int Bucket(float value, float a, float b, float c) => value <= a + 0.005f ? 0 : value <= b + 0.005f ? 1 : value <= c + 0.005f ? 2 : 3;

    private readonly record struct Glyph(int Character, float X, float Advance, float Size, Fonts.FontFace Face, ushort Id, bool Code);

    /// <summary>The line's largest CJK gap and word space in em (-1: none), and its adjacent full-width mark pairs at full and at reduced width.</summary>
    private static (float Gap, float Space, int Full, int Compressed) Measure(TextLine line)
    {
        var glyphs = new List<Glyph>();
        foreach (var run in line.Runs)
        {
            if (run.IsContinuationMark) continue;
            run.Font.Shaper.GetScale(out var unitsPerEm, out _);
            var scale = run.Style.Size / Math.Max(1, unitsPerEm);
            for (var k = 0; k < run.Glyphs.Length; k++)
            {
                var id = run.Glyphs[k];
                var character = run.Font.Characters.TryGetValue(id, out var c) ? c : -1;
                glyphs.Add(new Glyph(character, run.X[k], run.Font.Shaper.GetHorizontalGlyphAdvance(id) * scale, run.Style.Size, run.Font, id, run.Style.Font == Fonts.FontRole.Mono));
            }
        }
        float gap = -1, space = -1;
        int full = 0, compressed = 0;
        for (var k = 0; k + 1 < glyphs.Count; k++)
        {
            var a = glyphs[k];
            var b = glyphs[k + 1];
            if (a.Character == ' ')
            {
                // A space in inline code is a cell of the monospace grid, never stretched: not a word space.
                if (k > 0 && !a.Code && !Cjk.IsWide(glyphs[k - 1].Character) && !Cjk.IsWide(b.Character) && b.Character != ' ' && glyphs[k - 1].Character != ' ')
                    space = Math.Max(space, (b.X - a.X) / a.Size);
                continue;
            }
            if (a.Character < 0 || b.Character < 0 || !Cjk.IsWide(a.Character) && !IsFullWidthMark(a) || !Cjk.IsWide(b.Character) && !IsFullWidthMark(b)) continue;
            var aMark = IsFullWidthMark(a);
            var bMark = IsFullWidthMark(b);
            if (aMark && bMark)
            {
                var (_, after) = Punctuation.Blanks(a.Face, a.Id, a.Advance, a.Size);
                var (before, _) = Punctuation.Blanks(b.Face, b.Id, b.Advance, b.Size);
                if (after > 0 || before > 0)
                {
                    if (b.X - a.X >= 0.9f * a.Size) full++;
                    else compressed++;
                }
                continue;
            }
            if (aMark || bMark) continue; // a mark's own blank is not a gap
            gap = Math.Max(gap, Math.Max(0, (b.X - a.X - a.Advance) / a.Size));
        }
        return (gap, space, full, compressed);
    }

    private static bool IsFullWidthMark(Glyph g) => g.Character is > 0 and < 0x10000 && Punctuation.IsMark((char)g.Character) && g.Advance >= 0.9f * g.Size;

    /// <summary>The report as a few lines of text, for the console.</summary>
    public string Format(string name)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var spaceLines = Math.Max(1, WordSpaces.Sum());
        sb.AppendLine(inv, $"{name}: {Pages} pages, {Lines} lines");
        sb.AppendLine(inv, $"  lines by largest CJK gap (em):    {string.Join("  ", GapBuckets.Select((b, i) => $"{b}: {CjkGaps[i]}"))}");
        sb.AppendLine(inv, $"  lines by largest word space (em): {string.Join("  ", SpaceBuckets.Select((b, i) => $"{b}: {WordSpaces[i]}"))}  (over 1 em: {WordSpaces[3] * 1000.0 / spaceLines:0.00} per 1000 justified lines with spaces)");
        sb.AppendLine(inv, $"  hyphenated lines: {Hyphenated} (at most {MostHyphensInARow} in a row)  overfull lines: {Overfull}  words cut without a hyphen: {CutWords}");
        sb.AppendLine(inv, $"  adjacent full-width marks: {CompressedPairs} pairs compressed, {FullWidthPairs} at full width");
        sb.Append(inv, $"  empty text block: {MeanEmpty * 100:0.0} % on average, {MostlyEmptyPages} pages more than a third empty (chapter ends left out)");
        return sb.ToString();
    }
}
