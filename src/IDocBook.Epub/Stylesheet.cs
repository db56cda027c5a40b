using System.Text;
using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Epub;

/// <summary>
/// <c>styles/book.css</c>: a sheet for the book's language (CJK books: a 2em indent, a taller line and
/// inter-character justification; others: block paragraphs and hyphenation), the embedded fonts'
/// @font-face rules, and the colours of the highlighting styles the code blocks actually used.
/// </summary>
/// <remarks>
/// Latin text is set in the embedded Latin family, with its real italic; CJK text in the CJK family,
/// upright, with emphasis dots. Script-dependent marks (quotes, dashes, ellipsis) take the book's
/// script by default: a CJK book's Latin faces leave them out with unicode-range, so the CJK face
/// sets them. Marks in the other script's context are written in a <c>latin</c> or <c>cjk</c> span
/// (see <see cref="Xhtml.ScriptMarks"/>), which these rules set in that script's face.
/// </remarks>
internal static class Stylesheet
{
    public const string Path = "styles/book.css";
    public const string FontFolder = "fonts/";

    private const string CjkFamily = "\"IDocBook Serif\"";
    private const string LatinFamily = "\"IDocBook Latin\"";
    private const string LatinMarksFamily = "\"IDocBook Latin Marks\"";
    private const string LatinSansFamily = "\"IDocBook Latin Sans\"";

    private const string CjkSerifStack = "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"STSong\", \"SimSun\"";
    private const string CjkSansStack = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"Heiti SC\"";
    private const string LatinSerifStack = "\"Noto Serif\", \"Source Serif 4\", Georgia, \"Times New Roman\"";
    private const string LatinSansStack = "\"Noto Sans\", \"Helvetica Neue\", Arial";
    private const string MonoStack = "\"DejaVu Sans Mono\", \"Menlo\", \"Consolas\", \"Noto Sans Mono CJK SC\"";

    public static byte[] Write(string language, IReadOnlyList<EmbeddedFont> fonts, IReadOnlyDictionary<string, TokenStyle> codeStyles)
    {
        var cjk = ScriptContext.IsCjkLanguage(language);
        var css = new StringBuilder();
        foreach (var font in fonts)
        {
            switch (font.Kind)
            {
                case EmbeddedFontKind.Cjk:
                    FontFace(css, CjkFamily, font, null);
                    break;
                case EmbeddedFontKind.Latin:
                    FontFace(css, LatinFamily, font, cjk ? WithoutMarks : null);
                    if (cjk) FontFace(css, LatinMarksFamily, font, null);
                    break;
                case EmbeddedFontKind.LatinSans:
                    FontFace(css, LatinSansFamily, font, cjk ? WithoutMarks : null);
                    break;
            }
        }
        bool Has(EmbeddedFontKind kind) => fonts.Any(f => f.Kind == kind);
        string Stack(params string?[] families) => string.Join(", ", families.Where(f => f is not null));
        var cjkSerif = Stack(Has(EmbeddedFontKind.Cjk) ? CjkFamily : null, CjkSerifStack);
        // In a CJK book no Latin system font may come before the CJK faces: it would set the marks the
        // embedded Latin face leaves to them.
        var body = cjk
            ? Stack(Has(EmbeddedFontKind.Latin) ? LatinFamily : null, cjkSerif, "serif")
            : Stack(Has(EmbeddedFontKind.Latin) ? LatinFamily : null, LatinSerifStack, cjkSerif, "serif");
        var sans = cjk
            ? Stack(Has(EmbeddedFontKind.LatinSans) ? LatinSansFamily : null, CjkSansStack, "sans-serif")
            : Stack(Has(EmbeddedFontKind.LatinSans) ? LatinSansFamily : null, LatinSansStack, CjkSansStack, "sans-serif");
        var marks = cjk
            ? $".latin {{ font-family: {Stack(Has(EmbeddedFontKind.Latin) ? LatinMarksFamily : null, LatinSerifStack, "serif")}; }}\n"
            : $".cjk {{ font-family: {Stack(cjkSerif, "serif")}; }}\n";
        css.Append((cjk ? CjkRules : LatinRules).Replace("$BODY", body));
        // Chinese in code (comments, strings) falls back to the embedded CJK face on a reader without a CJK monospace font.
        var mono = Stack(MonoStack, Has(EmbeddedFontKind.Cjk) ? CjkFamily : null, "monospace");
        css.Append(Base.Replace("$SANS", sans).Replace("$MONO", mono));
        css.Append(marks);
        foreach (var (name, style) in codeStyles) css.Append(TokenRule(name, style));
        css.Append(DarkRules(codeStyles));
        return new UTF8Encoding(false).GetBytes(css.ToString().ReplaceLineEndings("\n"));
    }

    // Every code point but the script-dependent marks, which a CJK book's CJK face sets.
    private static readonly string WithoutMarks = Ranges();

    private static string Ranges()
    {
        var marks = Enumerable.Range(0, 0x3000).Where(ScriptContext.IsAmbiguous).ToList();
        var ranges = new List<string>();
        var from = 0;
        foreach (var mark in marks)
        {
            if (mark > from) ranges.Add(Range(from, mark - 1));
            from = mark + 1;
        }
        ranges.Add(Range(from, 0x10FFFF));
        return string.Join(", ", ranges);
        static string Range(int a, int b) => a == b ? $"U+{a:X}" : $"U+{a:X}-{b:X}";
    }

    private static void FontFace(StringBuilder css, string family, EmbeddedFont font, string? range)
    {
        css.Append($"@font-face {{\n  font-family: {family};\n  src: url(\"../{FontFolder}{font.FileName}\");\n");
        css.Append($"  font-weight: {(font.Bold ? "bold" : "normal")};\n  font-style: {(font.Italic ? "italic" : "normal")};\n");
        if (range is not null) css.Append($"  unicode-range: {range};\n");
        css.Append("}\n\n");
    }

    private static string TokenRule(string name, TokenStyle style)
    {
        var rules = new List<string>();
        if (IsHexColour(style.Foreground)) rules.Add($"color: {style.Foreground};");
        if (style.Bold) rules.Add("font-weight: bold;");
        if (style.Italic) rules.Add("font-style: italic;");
        return $".tok-{name} {{ {string.Join(' ', rules)} }}\n";
    }

    /// <summary>
    /// Night mode, for readers that say so (<c>prefers-color-scheme: dark</c>): code is a dark panel
    /// that sets its own text colour, so the token colours, lightened to read on it, hold whatever the
    /// page around it is. Everything else already inherits the reader's colours or is a tint of them.
    /// </summary>
    private static string DarkRules(IReadOnlyDictionary<string, TokenStyle> codeStyles)
    {
        var css = new StringBuilder("@media (prefers-color-scheme: dark) {\n");
        css.Append(DarkBase);
        foreach (var (name, style) in codeStyles)
        {
            if (Contrast.Parse(style.Foreground) is not { } light) continue;
            css.Append($"  .tok-{name} {{ color: {Contrast.Hex(Contrast.Reach(light, DarkPanelReference))}; }}\n");
        }
        return css.Append("}\n").ToString();
    }

    /// <summary>The dark code panel's background, <see cref="DarkBase"/>'s <c>#1b1f24</c>, a little lighter for a margin.</summary>
    private const uint DarkPanelReference = 0x262b31;

    private const string DarkBase = """
          pre { background-color: #1b1f24; color: #e6edf3; border-color: #3d444d; }
          .code-note, .code-note-notdesiredbehavior { color: inherit; }

        """;

    private static bool IsHexColour(string? value) =>
        value is { Length: 4 or 7 } && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    // Chinese running text: first lines indented 2em, a taller line, justified between characters.
    // Emphasis never slants a CJK face (there is no italic to use): it gets dots under the
    // characters instead (clreq), while Latin inside it has the embedded italic.
    private const string CjkRules = """
        body { font-family: $BODY; line-height: 1.8; margin: 0 0.5em; text-align: justify; text-justify: inter-character; font-synthesis: weight; overflow-wrap: break-word; }
        p { text-indent: 2em; margin: 0.4em 0; }

        """;

    // Latin running text: block paragraphs, hyphenated by the reader in the book's language (lang on <html>).
    private const string LatinRules = """
        body { font-family: $BODY; line-height: 1.5; margin: 0 0.5em; text-align: justify; hyphens: auto; -epub-hyphens: auto; font-synthesis: weight; overflow-wrap: break-word; }
        p { text-indent: 0; margin: 0.75em 0; }
        code, kbd, pre, samp, a { hyphens: manual; -epub-hyphens: manual; }

        """;

    // Paragraph indent is for running text only: in lists, tables, quotes, notes and captions a
    // first-line indent looks like a mistake, so it is reset there. No rule sets the text or page
    // colour: a reader's own theme (sepia, night) gives them, and backgrounds are translucent tints,
    // so inherited text stays readable on them. Long words, URLs and code may break anywhere rather
    // than widen a phone's page; a wide table scrolls in its own box.
    private const string Base = """
        h1, h2, h3, h4, h5, h6 { font-family: $SANS; line-height: 1.4; text-indent: 0; text-align: left; margin: 1.2em 0 0.6em; page-break-after: avoid; break-after: avoid; }
        h1 { font-size: 1.6em; margin-top: 0.5em; }
        h2 { font-size: 1.35em; }
        h3 { font-size: 1.2em; }
        h4, h5, h6 { font-size: 1em; }
        .section-number { margin-right: 0.5em; }
        em, i, cite { font-style: italic; }
        .emphasis-dots { font-style: normal; text-emphasis: filled dot; -epub-text-emphasis: filled dot; text-emphasis-position: under right; -epub-text-emphasis-position: under; }
        li p, td p, th p, blockquote p, aside p, figcaption, details p, .align-center p, .align-right p { text-indent: 0; }
        ul, ol { margin: 0.5em 0; padding-left: 2em; }
        li { margin: 0.2em 0; }
        ul.task-list { list-style: none; padding-left: 1em; }
        .task-checkbox { font-family: $SANS; margin-right: 0.3em; }
        blockquote { margin: 0.8em 0; padding: 0.2em 1em; border-left: 0.25em solid rgba(128, 128, 128, 0.45); }
        code, kbd, pre, samp { font-family: $MONO; font-size: 0.9em; font-variant-ligatures: none; }
        code { background-color: rgba(128, 140, 153, 0.15); padding: 0 0.2em; overflow-wrap: anywhere; word-break: break-word; }
        kbd { border: 1px solid rgba(128, 128, 128, 0.6); border-radius: 0.2em; padding: 0 0.3em; }
        pre { white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; line-height: 1.5; background-color: rgba(128, 140, 153, 0.1); border: 1px solid rgba(128, 140, 153, 0.3); padding: 0.6em 0.8em; margin: 0.8em 0; text-align: left; text-indent: 0; }
        pre code { background-color: transparent; padding: 0; font-size: 1em; }
        figure.listing { text-align: left; margin: 1em 0; }
        figure.listing pre { margin: 0.2em 0; }
        figure.listing figcaption { text-align: left; color: inherit; }
        .listing-file { font-size: 0.85em; text-indent: 0; margin: 0; }
        .code-note { font-size: 0.9em; font-weight: bold; color: #cf222e; text-indent: 0; margin: 0.8em 0 0.2em; }
        .code-note-notdesiredbehavior { color: #9a6700; }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: 0.8em 0; }
        table { border-collapse: collapse; margin: 0 auto; }
        th, td { border: 1px solid rgba(128, 128, 128, 0.5); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
        th { background-color: rgba(128, 128, 128, 0.12); font-family: $SANS; font-weight: bold; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        .align-justify { text-align: justify; }
        figure { margin: 1em 0; text-align: center; text-indent: 0; }
        figcaption { font-size: 0.9em; margin-top: 0.3em; }
        img { max-width: 100%; height: auto; }
        .image-missing { border: 1px dashed rgba(128, 128, 128, 0.8); padding: 0 0.3em; }
        .broken-link { color: inherit; }
        hr { border: none; border-top: 1px solid rgba(128, 128, 128, 0.45); margin: 1.5em 20%; }
        aside.alert { margin: 0.8em 0; padding: 0.4em 0.8em; border-left: 0.3em solid #0969da; background-color: rgba(9, 105, 218, 0.07); }
        .alert-title { font-family: $SANS; font-weight: bold; text-indent: 0; margin: 0.2em 0; }
        aside.alert-tip { border-left-color: #1a7f37; background-color: rgba(26, 127, 55, 0.07); }
        aside.alert-important { border-left-color: #8250df; background-color: rgba(130, 80, 223, 0.07); }
        aside.alert-warning { border-left-color: #9a6700; background-color: rgba(191, 135, 0, 0.08); }
        aside.alert-caution { border-left-color: #cf222e; background-color: rgba(207, 34, 46, 0.06); }
        details { margin: 0.8em 0; }
        dt { font-weight: bold; margin-top: 0.5em; }
        dd { margin: 0.2em 0 0.5em 2em; }
        dd p { text-indent: 0; }
        summary { font-weight: bold; }
        sup.footnote-ref { font-size: 0.75em; line-height: 0; }
        section.footnotes { margin-top: 2em; border-top: 1px solid rgba(128, 128, 128, 0.45); font-size: 0.85em; }
        aside.footnote p { text-indent: 0; margin: 0.3em 0; }
        .footnote-number { margin-right: 0.3em; }
        section.cover { margin: 0; padding: 0; text-align: center; }
        section.cover img { max-width: 100%; max-height: 95vh; }
        nav ol { list-style: none; padding-left: 1.2em; }
        nav > ol { padding-left: 0; }

        """;
}
