using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Core.Diagrams.Layout;

/// <summary>One measured run of a label line.</summary>
internal sealed record MeasuredRun(LabelRun Run, float Width);

/// <summary>One set line of a label: its runs and their total width.</summary>
internal sealed record MeasuredLine(IReadOnlyList<MeasuredRun> Runs, float Width);

/// <summary>
/// A label measured and wrapped: lines no wider than the wrap width (unless one word is), each run
/// measured as it will be drawn. Breaks fall at spaces and between CJK characters, never before
/// closing punctuation or after opening punctuation.
/// </summary>
internal sealed class LabelBlock
{
    private LabelBlock(IReadOnlyList<MeasuredLine> lines, float size, ITextMeasure measure)
    {
        Lines = lines;
        Size = size;
        Width = lines.Count == 0 ? 0 : lines.Max(l => l.Width);
        LineAdvance = size * DiagramLook.LineHeight;
        Height = lines.Count * LineAdvance;
        _ascent = measure.Ascent;
        _descent = measure.Descent;
    }

    private readonly float _ascent, _descent;

    public IReadOnlyList<MeasuredLine> Lines { get; }
    public float Size { get; }
    public float Width { get; }
    public float Height { get; }
    public float LineAdvance { get; }
    public bool IsEmpty => Lines.Count == 0;

    public static LabelBlock Measure(LabelText label, ITextMeasure measure, ShapeStyle style, float size = DiagramLook.LabelSize, float wrapEms = DiagramLook.WrapEms)
    {
        var lines = new List<MeasuredLine>();
        foreach (var line in label.Lines)
        {
            var runs = line.Select(r => r with { Bold = r.Bold || style.Bold == true, Italic = r.Italic || style.Italic == true }).ToList();
            foreach (var wrapped in Wrap(runs, measure, size, size * wrapEms)) lines.Add(Set(wrapped, measure, size));
        }
        return new LabelBlock(lines, size, measure);
    }

    /// <summary>
    /// The label's texts, each line centred on <paramref name="centerX"/>, the block's top at <paramref name="top"/>.
    /// </summary>
    public IEnumerable<SceneText> Place(float centerX, float top, uint color, bool leftAligned = false, float left = 0)
    {
        // The line box holds the font's ascent and descent, centred in the line advance.
        var baseline = top + (LineAdvance - (_ascent + _descent) * Size) / 2 + _ascent * Size;
        foreach (var line in Lines)
        {
            var x = leftAligned ? left : centerX - line.Width / 2;
            foreach (var run in line.Runs)
            {
                yield return new SceneText(x, baseline, run.Run.Text, Size, run.Width, color) { Bold = run.Run.Bold, Italic = run.Run.Italic };
                x += run.Width;
            }
            baseline += LineAdvance;
        }
    }

    private static MeasuredLine Set(List<LabelRun> runs, ITextMeasure measure, float size)
    {
        // Runs of one style are set as one, so kerning and shaping see the whole of them.
        var merged = new List<LabelRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Bold == run.Bold && merged[^1].Italic == run.Italic) merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }
        var measured = merged.Select(r => new MeasuredRun(r, measure.Width(r.Text, size, r.Bold))).ToList();
        return new MeasuredLine(measured, measured.Sum(r => r.Width));
    }

    private static IEnumerable<List<LabelRun>> Wrap(List<LabelRun> runs, ITextMeasure measure, float size, float max)
    {
        var whole = string.Concat(runs.Select(r => r.Text));
        if (whole.Length == 0) yield break;
        if (runs.Sum(r => measure.Width(r.Text, size, r.Bold)) <= max)
        {
            yield return runs;
            yield break;
        }
        // Break units with their style; a unit's trailing space is where a line may end.
        var units = new List<LabelRun>();
        foreach (var run in runs)
            foreach (var unit in Units(run.Text)) units.Add(run with { Text = unit });
        var line = new List<LabelRun>();
        var width = 0f;
        foreach (var unit in units)
        {
            var w = measure.Width(unit.Text, size, unit.Bold);
            var trimmed = measure.Width(unit.Text.TrimEnd(), size, unit.Bold);
            if (line.Count > 0 && width + trimmed > max)
            {
                yield return Join(line);
                line = [];
                width = 0;
            }
            line.Add(unit);
            width += w;
        }
        if (line.Count > 0) yield return Join(line);
    }

    // Adjacent units of one style become one run; the line's last space goes.
    private static List<LabelRun> Join(List<LabelRun> units)
    {
        var runs = new List<LabelRun>();
        foreach (var unit in units)
        {
            if (runs.Count > 0 && runs[^1].Bold == unit.Bold && runs[^1].Italic == unit.Italic) runs[^1] = runs[^1] with { Text = runs[^1].Text + unit.Text };
            else runs.Add(unit);
        }
        if (runs.Count > 0) runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        return runs;
    }

    private const string NoStart = "，。、．,.;；:：!！?？)）]］}｝」』”’》〉】〕…—～·-";
    private const string NoEnd = "(（[［{｛「『“‘《〈【〔";

    /// <summary>Break units: a word with the space after it, or one CJK character with the punctuation that may not be parted from it.</summary>
    private static IEnumerable<string> Units(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var breakAfter = c == ' ' && next != ' '
                || Cjk.IsWide(c) && next != '\0' && next != ' ' && !NoStart.Contains(next) && !NoEnd.Contains(c)
                || !Cjk.IsWide(c) && c != ' ' && Cjk.IsWide(next) && !NoStart.Contains(next) && !NoEnd.Contains(c);
            if (char.IsHighSurrogate(c)) continue;
            if (breakAfter || i == text.Length - 1)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }
}
