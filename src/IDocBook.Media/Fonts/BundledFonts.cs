namespace IDocBook.Media.Fonts;

/// <summary>Paths of the fonts shipped in <c>fonts/</c> beside the program.</summary>
/// <remarks>
/// Paths come from the program's own folder, never from the system: the Skia build we use has no
/// fontconfig, and a book must look the same on every machine.
/// </remarks>
public static class BundledFonts
{
    /// <summary>Chinese body text: Noto Serif SC Regular (CJK, and the EPUB's embedded body font).</summary>
    public static string Serif => Find("NotoSerifSC-Regular.ttf");

    /// <summary>Strong Chinese body text: Noto Serif SC Bold.</summary>
    public static string SerifBold => Find("NotoSerifSC-Bold.ttf");

    /// <summary>Chinese headings and display text such as cover titles: Noto Sans SC Bold.</summary>
    public static string SansBold => Find("NotoSansSC-Bold.ttf");

    /// <summary>Latin (and Greek, Cyrillic) body text: Noto Serif, with its true italics and bolds.</summary>
    public static string LatinSerif => Find("NotoSerif-Regular.ttf");
    public static string LatinSerifItalic => Find("NotoSerif-Italic.ttf");
    public static string LatinSerifBold => Find("NotoSerif-Bold.ttf");
    public static string LatinSerifBoldItalic => Find("NotoSerif-BoldItalic.ttf");

    /// <summary>Latin headings: Noto Sans Bold, matching Noto Sans SC Bold.</summary>
    public static string LatinSansBold => Find("NotoSans-Bold.ttf");

    /// <summary>Hangul: Nanum Myeongjo, a serif like the body.</summary>
    public static string Hangul => Find("NanumMyeongjo-Regular.ttf");

    /// <summary>Symbols, dingbats and arrows the text faces lack, then monochrome emoji (colour emoji cannot be embedded in a useful way).</summary>
    public static IReadOnlyList<string> Symbols => [Find("NotoSansSymbols2-Regular.ttf"), Find("NotoSansSymbols-Regular.ttf"), Find("NotoEmoji-Regular.ttf")];

    /// <summary>Faces metric-compatible with Times, Helvetica/Arial and Courier, for the text of SVG images.</summary>
    public static string MetricSerif => Find("LiberationSerif-Regular.ttf");
    public static string MetricSerifBold => Find("LiberationSerif-Bold.ttf");
    public static string MetricSans => Find("LiberationSans-Regular.ttf");
    public static string MetricSansBold => Find("LiberationSans-Bold.ttf");
    public static string MetricMono => Find("LiberationMono-Regular.ttf");

    /// <summary>Diagram labels: Noto Sans SC Regular (CJK and Latin).</summary>
    public static string Sans => Find("NotoSansSC-Regular.ttf");

    /// <summary>
    /// The fonts diagram labels are set in, in fallback order: the sans face of the label's weight,
    /// then the serif of that weight, then mono for symbols. The PDF sets labels with this chain and
    /// the diagram stage measures them with it, so both agree to the point.
    /// </summary>
    public static IReadOnlyList<string> LabelChain(bool bold) => bold ? [SansBold, SerifBold, Mono] : [Sans, Serif, Mono];

    /// <summary>Code: JetBrains Mono Regular (Latin only; CJK in code needs fallback to <see cref="Serif"/>).</summary>
    public static string Mono => Find("JetBrainsMono-Regular.ttf");

    /// <summary>The folder the bundled fonts are expected in.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fonts");

    private static string Find(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Bundled font '{fileName}' is missing: expected it at '{path}'. The fonts are copied there " +
                "by the build from the repository's fonts/ folder (IDocBook.Media.csproj); rebuild, or copy " +
                "fonts/ next to the program.",
                path);
        }
        return path;
    }
}
