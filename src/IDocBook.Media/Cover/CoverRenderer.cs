using IDocBook.Media.Fonts;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace IDocBook.Media.Cover;

/// <summary>Draws a plain typographic cover for books that bring no cover image of their own.</summary>
public static class CoverRenderer
{
    public const int Width = 1600;
    public const int Height = 2400;

    private const float Margin = 160;
    private const float BandHeight = 1560;
    private const float TextWidth = Width - 2 * Margin;
    private const float RuleWidth = 140;
    private const float RuleThickness = 8;
    private const float RuleGap = 72;

    /// <summary>Renders the cover as PNG bytes; the same arguments always give the same bytes.</summary>
    public static byte[] RenderPng(string title, string? subtitle, IReadOnlyList<string> authors, CoverStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(authors);
        style ??= CoverStyle.Default;

        // Fonts come from fonts/ beside the program: this Skia build has no fontconfig, and its default
        // typeface has no CJK glyphs.
        using var sansBold = LoadTypeface(BundledFonts.SansBold);
        using var serif = LoadTypeface(BundledFonts.Serif);
        using var sansShaper = new SKShaper(sansBold);
        using var serifShaper = new SKShaper(serif);
        var titleFitter = new TextFitter(sansBold, sansShaper);
        var bodyFitter = new TextFitter(serif, serifShaper);

        // Recorded once, then played back a band of rows at a time into a small bitmap whose rows go
        // straight to the PNG: the whole 1600×2400 bitmap (15 MB) was fresh memory the kernel faulted
        // in page by page, and clearing it cost more than drawing the text.
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, Width, Height));
        DrawBackground(canvas, style);
        DrawTitleBlock(canvas, titleFitter, bodyFitter, title.Trim(), subtitle?.Trim(), style);
        DrawAuthors(canvas, bodyFitter, authors, style);
        using var picture = recorder.EndRecording();
        return BandedPng.Encode(picture, Width, Height);
    }

    private static SKTypeface LoadTypeface(string path) =>
        SKTypeface.FromFile(path) ?? throw new InvalidDataException($"Skia cannot load the font '{path}'.");

    private static void DrawBackground(SKCanvas canvas, CoverStyle style)
    {
        canvas.Clear(style.Paper);
        using var band = new SKPaint { Color = style.Band, IsAntialias = false };
        canvas.DrawRect(0, 0, Width, BandHeight, band);
    }

    // Title, accent rule and subtitle form one group, centred vertically in the band.
    private static void DrawTitleBlock(SKCanvas canvas, TextFitter titleFitter, TextFitter bodyFitter,
        string title, string? subtitle, CoverStyle style)
    {
        const float bandPadding = 200;
        var room = BandHeight - 2 * bandPadding;

        var sub = string.IsNullOrWhiteSpace(subtitle)
            ? null
            : bodyFitter.Fit(subtitle, TextWidth, room / 3, maxLines: 3, largest: 68, smallest: 40, lineSpacing: 1.45f);
        var subHeight = sub is null ? 0 : 2 * RuleGap + RuleThickness + sub.Height;

        var main = titleFitter.Fit(title, TextWidth, room - subHeight, maxLines: 5, largest: 200, smallest: 72, lineSpacing: 1.25f);

        var top = bandPadding + (room - main.Height - subHeight) / 2;
        DrawLines(canvas, titleFitter, main, top, style.Title);
        if (sub is null)
        {
            return;
        }

        var ruleTop = top + main.Height + RuleGap;
        using var accent = new SKPaint { Color = style.Accent, IsAntialias = false };
        canvas.DrawRect(Margin, ruleTop, RuleWidth, RuleThickness, accent);
        DrawLines(canvas, bodyFitter, sub, ruleTop + RuleThickness + RuleGap, style.Subtitle);
    }

    // Authors sit at a fixed distance above the foot, so short and long author lists end on one line.
    private static void DrawAuthors(SKCanvas canvas, TextFitter fitter, IReadOnlyList<string> authors, CoverStyle style)
    {
        var names = authors.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (names.Count == 0)
        {
            return;
        }
        const float footPadding = 240;
        var separator = names.Any(ContainsCjk) ? "、" : ", ";
        var room = Height - BandHeight - 2 * footPadding;
        var text = fitter.Fit(string.Join(separator, names), TextWidth, room, maxLines: 3, largest: 72, smallest: 40, lineSpacing: 1.4f);
        DrawLines(canvas, fitter, text, Height - footPadding - text.Height, style.Author);
    }

    private static void DrawLines(SKCanvas canvas, TextFitter fitter, FittedText text, float top, SKColor color)
    {
        using var font = fitter.CreateFont(text.Size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var baseline = top + FittedText.AscentEm * text.Size;
        foreach (var line in text.Lines)
        {
            canvas.DrawShapedText(fitter.Shaper, line, Margin, baseline, SKTextAlign.Left, font, paint);
            baseline += text.LineHeight;
        }
    }

    private static bool ContainsCjk(string s) => s.Any(c => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF');
}
