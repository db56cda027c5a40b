using IDocBook.Core.Model;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Sets paragraphs with the book's <see cref="FontSet"/>: itemize (style + fallback) → shape (HarfBuzz)
/// → break points (ICU + kinsoku) → first-fit lines → justify → <see cref="TextLine"/>s.
/// Thread-safe: per-thread HarfBuzz buffer and ICU iterator, per-call arrays, shared read-only fonts.
/// </summary>
public sealed class TextLayouter(FontSet fonts) : ITextLayouter
{
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// The book's language: where a quote or dash has Latin on one side and CJK on the other, it
    /// decides which font sets it (see <see cref="Core.Text.ScriptContext"/>).
    /// </summary>
    public string Language { get; init; } = "zh";

    public IReadOnlyList<TextLine> Layout(ParagraphSpec paragraph) => Layout(paragraph, paragraph.Source);

    /// <summary>As <see cref="Layout(ParagraphSpec)"/>; <paramref name="source"/> is where the paragraph comes from.</summary>
    public IReadOnlyList<TextLine> Layout(ParagraphSpec paragraph, SourceSpan? source)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Content.Count == 0) return [];
        var text = new ParagraphText(paragraph.Content, paragraph.Preformatted);
        var shaped = Shape(text, source);
        var kinds = BreakPoints.Find(shaped);

        // An author who typed full-width spaces has indented the paragraph already.
        var indent = text.Text.Length > 0 && text.Text[0] == IdeographicSpace ? 0 : paragraph.FirstLineIndent;
        var mark = paragraph.Preformatted && !string.IsNullOrEmpty(paragraph.ContinuationMark) ? paragraph.ContinuationMark : null;
        var markShape = mark is null ? null : Shape(new ParagraphText([new StyledText(mark, paragraph.Content[^1].Style)], true), source);
        var markWidth = markShape?.Width(0, mark!.Length) ?? 0;

        var spans = LineBreaker.Run(shaped, kinds, paragraph.Width - indent, paragraph.Width, markWidth);
        var lines = new List<TextLine>(spans.Count);
        var gaps = new List<int>();
        for (var l = 0; l < spans.Count; l++)
        {
            var span = spans[l];
            var left = l == 0 ? indent : 0;
            var room = paragraph.Width - left;
            var natural = shaped.Width(span.Start, span.End);
            float extra = 0, offset = 0;
            List<int>? lineGaps = null;
            var align = paragraph.Preformatted ? TextAlign.Left : paragraph.Align;
            if (align == TextAlign.Justify && !span.IsLast && !span.Forced && natural < room)
            {
                Justifier.Opportunities(shaped, span.Start, span.End, gaps);
                if (gaps.Count > 0)
                {
                    extra = (room - natural) / gaps.Count;
                    lineGaps = gaps;
                }
            }
            else if (natural < room)
            {
                offset = align switch { TextAlign.Center => (room - natural) / 2, TextAlign.Right => room - natural, _ => 0 };
            }

            var runs = new List<GlyphRun>();
            var right = LineAssembler.AppendRuns(shaped, span.Start, span.End, left + offset, lineGaps, extra, runs);
            if (span.Wrapped && markShape is not null)
            {
                LineAssembler.AppendRuns(markShape, 0, mark!.Length, paragraph.Width - markWidth, null, 0, runs, isMark: true);
                right = paragraph.Width;
            }
            if (lineGaps is not null) right = paragraph.Width; // exact, not a float sum
            var (height, baseline) = LineAssembler.Metrics(runs, shaped, span.Start, fonts, paragraph.LineHeight);
            lines.Add(new TextLine(right, height, baseline, runs) { IsLast = span.IsLast });
        }
        return lines;
    }

    public float Measure(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var shaped = Shape(new ParagraphText([new StyledText(text, style)], false), null);
        return shaped.Width(0, text.Length);
    }

    private ShapedParagraph Shape(ParagraphText text, SourceSpan? source) =>
        Shaper.Shape(text, Itemizer.Run(text, fonts, Core.Text.ScriptContext.IsCjkLanguage(Language)), fonts);
}
