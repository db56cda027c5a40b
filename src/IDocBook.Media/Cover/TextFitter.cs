using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace IDocBook.Media.Cover;

/// <summary>A block of wrapped lines at one font size, with the geometry to draw it.</summary>
internal sealed record FittedText(IReadOnlyList<string> Lines, float Size, float LineHeight)
{
    // Ideographs sit in an em box from about 0.88 em above the baseline to 0.12 below; Latin descenders
    // reach a little lower. The block is measured by that box, not by hhea's ascent (1.16 em), so the
    // space around CJK titles looks even.
    public const float AscentEm = 0.88f;
    public const float DescentEm = 0.22f;

    public float Height => Lines.Count == 0 ? 0 : (Lines.Count - 1) * LineHeight + (AscentEm + DescentEm) * Size;
}

/// <summary>Chooses the largest font size at which a text wraps into the space and line count allowed.</summary>
internal sealed class TextFitter(SKTypeface typeface, SKShaper shaper)
{
    public SKShaper Shaper => shaper;

    public SKFont CreateFont(float size) => new(typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = true,
        Hinting = SKFontHinting.None,
    };

    public float Measure(string text, SKFont font) => shaper.Shape(text, font).Width;

    public FittedText Fit(string text, float maxWidth, float maxHeight, int maxLines,
        float largest, float smallest, float lineSpacing)
    {
        FittedText? firstFit = null;
        for (var size = largest; size > smallest; size -= 2)
        {
            using var font = CreateFont(size);
            var wrapped = LineWrapper.Wrap(text, maxWidth, s => Measure(s, font));
            var fitted = new FittedText(wrapped.Lines, size, size * lineSpacing);
            if (wrapped.BrokeWord || wrapped.Lines.Count > maxLines || fitted.Height > maxHeight)
            {
                continue;
            }
            firstFit ??= fitted;
            // A last line of one or two characters ("docker学习笔 / 记") looks like a mistake; a slightly
            // smaller size that avoids it is the better cover, but not at any price.
            if (size < firstFit.Size * MinShrinkAgainstOrphan)
            {
                return firstFit;
            }
            if (!EndsWithOrphan(fitted, font))
            {
                return fitted;
            }
        }
        return firstFit ?? Truncated(text, maxWidth, maxHeight, maxLines, smallest, lineSpacing);
    }

    private const float MinShrinkAgainstOrphan = 0.8f;

    private bool EndsWithOrphan(FittedText text, SKFont font)
    {
        if (text.Lines.Count < 2)
        {
            return false;
        }
        var widest = text.Lines.Max(l => Measure(l, font));
        return Measure(text.Lines[^1], font) < widest / 3;
    }

    // Even the smallest size is too big: keep the lines that fit and end the last one with an ellipsis,
    // because text running off the cover looks worse than a shortened title.
    private FittedText Truncated(string text, float maxWidth, float maxHeight, int maxLines,
        float size, float lineSpacing)
    {
        using var font = CreateFont(size);
        float Width(string s) => Measure(s, font);
        var lines = LineWrapper.Wrap(text, maxWidth, Width).Lines;
        var lineHeight = size * lineSpacing;
        var room = (int)Math.Floor((maxHeight - (FittedText.AscentEm + FittedText.DescentEm) * size) / lineHeight) + 1;
        var keep = Math.Max(1, Math.Min(maxLines, room));
        if (lines.Count <= keep)
        {
            return new FittedText(lines, size, lineHeight);
        }
        var kept = lines.Take(keep).ToList();
        kept[^1] = LineWrapper.Ellipsize(kept[^1], maxWidth, Width);
        return new FittedText(kept, size, lineHeight);
    }
}
