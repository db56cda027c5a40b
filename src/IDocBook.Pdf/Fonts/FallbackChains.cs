using IDocBook.Media.Fonts;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// Which fonts each role tries, in order. The decisions:
/// <list type="bullet">
/// <item>Latin text is set in a Latin family (Noto Serif, with true italics; Noto Sans Bold in
/// headings), CJK text in Noto Serif SC (Noto Sans SC Bold in headings). A CJK font's Latin letters
/// and quotes are full-width or nearly so, and read "it’ s".</item>
/// <item>Italic roles have a Latin italic only: CJK has no italic, and emphasis there is marked by
/// dots under the characters (clreq), never by a slanted regular.</item>
/// <item>Then Hangul (Nanum Myeongjo), symbols and dingbats (Noto Sans Symbols 2, Noto Sans Symbols),
/// monochrome emoji (Noto Emoji), and JetBrains Mono for arrows and box drawing.</item>
/// <item>Mono: JetBrains Mono, then the regular body chain, so Chinese comments in code are set in
/// the regular serif rather than a shouting bold.</item>
/// <item>Fonts named in the config come first in their role; the bundled chain follows them, then
/// the config's fallback list and the <c>--font-path</c> folders. The machine's fonts come last and
/// only for characters none of these has (<see cref="FontSet"/>).</item>
/// <item>Label, LabelBold: diagram labels, always in the bundled chain (Noto Sans SC, then the serif, then
/// mono) that the diagram stage measured them with, so each label fills exactly the room made for it.</item>
/// </list>
/// </summary>
internal static class FallbackChains
{
    public static FontSource[] For(FontRole role, FontChoice choice)
    {
        if (role is FontRole.Label or FontRole.LabelBold)
            return [.. BundledFonts.LabelChain(role == FontRole.LabelBold).Select(p => new FontSource(Path.GetFullPath(p), FontOrigin.Bundled))];
        var chain = new List<FontSource>();
        foreach (var (path, origin) in Role(role, choice))
            if (path is not null) chain.Add(new FontSource(Path.GetFullPath(path), origin));
        foreach (var path in choice.Fallback) chain.Add(new FontSource(Path.GetFullPath(path), FontOrigin.Fallback));
        foreach (var path in SystemFonts.FilesIn(choice.FontPaths)) chain.Add(new FontSource(path, FontOrigin.FontPath));
        // One subset per file even when two roles name it with different spellings.
        return [.. chain.DistinctBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static IEnumerable<(string? Path, FontOrigin Origin)> Role(FontRole role, FontChoice c) => role switch
    {
        FontRole.Body => Body(c),
        FontRole.BodyItalic => [(c.Italic, FontOrigin.Book), (BundledFonts.LatinSerifItalic, FontOrigin.Bundled), .. Body(c)],
        FontRole.BodyBold => BodyBold(c),
        FontRole.BodyBoldItalic => [(c.BoldItalic, FontOrigin.Book), (BundledFonts.LatinSerifBoldItalic, FontOrigin.Bundled), .. BodyBold(c)],
        FontRole.Heading => [(c.Heading, FontOrigin.Book), (BundledFonts.LatinSansBold, FontOrigin.Bundled), (BundledFonts.SansBold, FontOrigin.Bundled), .. BodyBold(c)],
        FontRole.Mono => [(c.Mono, FontOrigin.Book), (BundledFonts.Mono, FontOrigin.Bundled), .. Body(c)],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    private static IEnumerable<(string?, FontOrigin)> Body(FontChoice c) =>
    [
        (c.Body, FontOrigin.Book),
        (BundledFonts.LatinSerif, FontOrigin.Bundled),
        (BundledFonts.Serif, FontOrigin.Bundled),
        (BundledFonts.Hangul, FontOrigin.Bundled),
        .. BundledFonts.Symbols.Select(s => ((string?)s, FontOrigin.Bundled)),
        (BundledFonts.Mono, FontOrigin.Bundled),
    ];

    private static IEnumerable<(string?, FontOrigin)> BodyBold(FontChoice c) =>
        [(c.BodyBold, FontOrigin.Book), (BundledFonts.LatinSerifBold, FontOrigin.Bundled), (BundledFonts.SerifBold, FontOrigin.Bundled), .. Body(c)];
}
