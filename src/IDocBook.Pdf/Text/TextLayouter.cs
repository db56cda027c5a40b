using IDocBook.Core.Model;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Sets paragraphs with the book's <see cref="FontSet"/>: itemize (style + fallback) → shape (HarfBuzz)
/// → spacing (punctuation, autospace, glue) → break points (ICU + kinsoku, code, hyphens) → total-fit
/// lines → justify → <see cref="TextLine"/>s.
/// Thread-safe: per-thread HarfBuzz buffer and ICU iterator, per-call arrays, shared read-only fonts.
/// </summary>
public sealed class TextLayouter(FontSet fonts, TypesetSettings? settings = null) : ITextLayouter
{
    private const char IdeographicSpace = '\u3000';

    private readonly TypesetSettings _settings = settings ?? TypesetSettings.Default;

    /// <summary>
    /// The book's language: where a quote or dash has Latin on one side and CJK on the other, it
    /// decides which font sets it (see <see cref="Core.Text.ScriptContext"/>).
    /// </summary>
    public string Language { get; init; } = "zh";

    /// <summary>The rules this layouter sets text by (part of what a chapter's layout depends on).</summary>
    public TypesetSettings Settings => _settings;

    public IReadOnlyList<TextLine> Layout(ParagraphSpec paragraph) => Layout(paragraph, paragraph.Source);

    /// <summary>As <see cref="Layout(ParagraphSpec)"/>; <paramref name="source"/> is where the paragraph comes from.</summary>
    public IReadOnlyList<TextLine> Layout(ParagraphSpec paragraph, SourceSpan? source)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Content.Count == 0) return [];
        var text = new ParagraphText(paragraph.Content, paragraph.Preformatted);
        var shaped = Shape(text, source);
        var kinds = BreakPoints.Find(shaped, _settings.Hyphenate);
        if (paragraph.HyphenateOnlyWhatCannotFit) Hyphenation.KeepOnlyInWordsWiderThan(shaped, kinds, paragraph.Width);

        // An author who typed full-width spaces has indented the paragraph already.
        var indent = text.Text.Length > 0 && text.Text[0] == IdeographicSpace ? 0 : paragraph.FirstLineIndent;
        var align = paragraph.Preformatted ? TextAlign.Left : paragraph.Align;
        var mark = paragraph.Preformatted && !string.IsNullOrEmpty(paragraph.ContinuationMark) ? paragraph.ContinuationMark : null;
        var markShape = mark is null ? null : Shape(new ParagraphText([new StyledText(mark, paragraph.Content[^1].Style)], true), source);
        var markWidth = markShape?.Width(0, mark!.Length) ?? 0;

        var hyphens = new HyphenGlyph.Cache(shaped, fonts);
        var spans = paragraph.Preformatted
            ? FirstFit.Run(shaped, kinds, paragraph.Width - indent, paragraph.Width, markWidth)
            : LineBreaker.Run(shaped, kinds, paragraph.Width - indent, paragraph.Width, align == TextAlign.Justify,
                hyphens.Width, paragraph.Content[0].Style.Size);
        var lines = new List<TextLine>(spans.Count);
        for (var l = 0; l < spans.Count; l++)
        {
            var span = spans[l];
            var left = l == 0 ? indent : 0;
            var room = paragraph.Width - left;
            var hyphen = span.Hyphen ? hyphens.At(span.Next) : null;
            var natural = shaped.LineWidth(span.Start, span.End) + (hyphen?.Advance ?? 0);
            // As the breaker decided: a mark at the end of a last or forced line hangs only when it does not fit otherwise.
            var hanging = shaped.Hang is { } hang && span.End > span.Start && (!span.IsLast && !span.Forced || natural > room + LineBreaker.Epsilon) ? hang[span.End - 1] : 0;
            natural -= hanging;
            float ratio = 0, offset = 0;
            // A last line is ragged, but shrinks like any other when the breaker let it (its spaces at most a third narrower).
            if (align == TextAlign.Justify && (!span.IsLast && !span.Forced || natural > room))
            {
                ratio = Justifier.Ratio(shaped, span.Start, span.End, natural, room, span.Hyphen);
            }
            else if (natural < room)
            {
                offset = align switch { TextAlign.Center => (room - natural) / 2, TextAlign.Right => room - natural, _ => 0 };
            }

            var runs = new List<GlyphRun>();
            var right = LineAssembler.AppendRuns(shaped, span.Start, span.End, left + offset, ratio, runs);
            if (hyphen is { } h)
            {
                runs.Add(new GlyphRun(h.Face, h.Style, [h.Glyph], [right], HyphenGlyph.Text, h.Advance, null) { IsContinuationMark = true });
                right += h.Advance;
            }
            if (span.Wrapped && markShape is not null)
            {
                LineAssembler.AppendRuns(markShape, 0, mark!.Length, paragraph.Width - markWidth, 0, runs, isMark: true);
                right = paragraph.Width;
            }
            if (ratio < 0 && shaped.EndShrink is { } endShrink && span.End > span.Start && !span.Hyphen && runs.Count > 0)
            {
                // A closing mark at the line end gave back part of its blank: the line ends that much earlier.
                var given = -ratio * endShrink[span.End - 1];
                runs[^1] = runs[^1] with { Width = runs[^1].Width - given };
                right -= given;
            }
            var overflow = Math.Max(0, right - hanging - paragraph.Width - 0.01f);
            if (ratio != 0 && Math.Abs(right - paragraph.Width) < 0.05f) right = paragraph.Width; // exact, not a float sum
            var (height, baseline) = LineAssembler.Metrics(runs, shaped, span.Start, fonts, paragraph.LineHeight);
            lines.Add(new TextLine(right, height, baseline, runs)
            {
                IsLast = span.IsLast,
                Overflow = span.Wrapped ? 0 : overflow,
                CutInsideWord = !span.IsLast && !span.Hyphen && !paragraph.Preformatted && CutsWord(text, span),
            });
        }
        return lines;
    }

    public float Measure(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var shaped = Shape(new ParagraphText([new StyledText(text, style)], false), null);
        return shaped.LineWidth(0, text.Length);
    }

    public ContentWidths Widths(ParagraphSpec paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Content.Count == 0) return new ContentWidths(0, 0);
        var shaped = Shape(new ParagraphText(paragraph.Content, paragraph.Preformatted), paragraph.Source);
        var kinds = BreakPoints.Find(shaped, hyphenate: false);
        float min = 0, max = 0;
        int word = 0, line = 0;
        for (var p = 1; p < kinds.Length; p++)
        {
            var kind = kinds[p];
            if (kind is BreakKind.Soft or BreakKind.Code or BreakKind.Hard)
            {
                min = Math.Max(min, shaped.LineWidth(word, LineBreaker.TrimEnd(shaped, word, p)));
                word = p;
            }
            if (kind == BreakKind.Hard)
            {
                max = Math.Max(max, shaped.LineWidth(line, LineBreaker.TrimEnd(shaped, line, p)));
                line = p;
            }
        }
        return new ContentWidths(min, max);
    }

    private static bool CutsWord(ParagraphText text, LineSpan span)
    {
        var s = text.Text;
        return span.End == span.Next && span.End > 0 && span.End < s.Length && IsWordLetter(s[span.End - 1]) && IsWordLetter(s[span.End])
            && !CodeBreaks.IsCode(text.Pieces[text.PieceAt(span.End)]);
    }

    private static bool IsWordLetter(char c) => char.IsLetter(c) && !Core.Text.Cjk.IsWide(c) && !Spacing.IsIdeograph(c);

    private ShapedParagraph Shape(ParagraphText text, SourceSpan? source)
    {
        var shaped = Shaper.Shape(text, Itemizer.Run(text, fonts, Core.Text.ScriptContext.IsCjkLanguage(Language)), fonts);
        if (!text.Preformatted) Spacing.Apply(shaped, fonts, _settings);
        return shaped;
    }
}
