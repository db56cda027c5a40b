namespace IDocBook.Pdf.Fonts;

/// <summary>
/// Which fonts each role tries, in order. The decisions:
/// <list type="bullet">
/// <item>Body: Noto Serif SC first for everything, Latin included. Its Latin is a proper serif design
/// matched in weight and x-height to its Han, so mixed lines (Docker 容器) keep one colour and baseline;
/// a separate Latin font would fight the CJK metrics. JetBrains Mono last, for symbols (arrows, box
/// drawing) the CJK font lacks.</item>
/// <item>BodyBold: Noto Serif SC Bold, then the regular serif, then mono.</item>
/// <item>Heading: Noto Sans SC Bold, then serif bold, then mono.</item>
/// <item>Mono: JetBrains Mono, then Noto Serif SC <b>Regular</b> for CJK in code: code is set in a
/// regular weight, and Noto Sans SC Bold would make every Chinese comment shout. Sans bold last.</item>
/// <item>Fonts named in the config come first; the bundled chain follows them, so CJK never goes missing.</item>
/// <item>Label, LabelBold: diagram labels, always in the bundled chain (Noto Sans SC, then the serif, then
/// mono) that the diagram stage measured them with, so each label fills exactly the room made for it.</item>
/// </list>
/// </summary>
internal static class FallbackChains
{
    public static string[] PathsFor(FontRole role, FontChoice choice) => role switch
    {
        FontRole.Label => [.. IDocBook.Media.Fonts.BundledFonts.LabelChain(bold: false).Select(Full)],
        FontRole.LabelBold => [.. IDocBook.Media.Fonts.BundledFonts.LabelChain(bold: true).Select(Full)],
        _ => [.. Chain(role, choice), .. Bundled(role)],
    };

    private static string[] Chain(FontRole role, FontChoice choice) => role switch
    {
        FontRole.Body => [Body(choice), Mono(choice)],
        FontRole.BodyBold => [BodyBold(choice), Body(choice), Mono(choice)],
        FontRole.Heading => [Heading(choice), BodyBold(choice), Mono(choice)],
        FontRole.Mono => [Mono(choice), Body(choice), Heading(choice)],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // A font the author names may lack CJK (or Latin); the bundled faces stay behind it as a last resort.
    private static string[] Bundled(FontRole role) => Chain(role, FontChoice.Default);

    private static string Body(FontChoice c) => Full(c.Body ?? IDocBook.Media.Fonts.BundledFonts.Serif);
    private static string BodyBold(FontChoice c) => Full(c.BodyBold ?? IDocBook.Media.Fonts.BundledFonts.SerifBold);
    private static string Heading(FontChoice c) => Full(c.Heading ?? IDocBook.Media.Fonts.BundledFonts.SansBold);
    private static string Mono(FontChoice c) => Full(c.Mono ?? IDocBook.Media.Fonts.BundledFonts.Mono);

    // One subset per file even when two roles name it with different spellings.
    private static string Full(string path) => Path.GetFullPath(path);
}
