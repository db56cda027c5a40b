using System.Globalization;
using System.Text;
using ExCSS;

namespace IDocBook.Media.Images.Svg;

/// <summary>
/// The CSS inside an SVG (<c>&lt;style&gt;</c>, <c>style=""</c>, presentation attributes), cleared of
/// everything that loads another file. CSS escapes hide <c>@import</c> and <c>url(</c> from text
/// searches (<c>@\69mport</c>, <c>u\72l(</c>), so style sheets are read by a real CSS parser (ExCSS)
/// and written back from what it understood, without the rules and declarations that reach out.
/// A sheet that plainly cannot reach out (no escape, no <c>url</c>, <c>import</c>, <c>image</c> or
/// <c>src</c>) keeps its text, because ExCSS also drops the SVG properties it does not know.
/// </summary>
internal static class SvgCss
{
    /// <summary>Nesting deeper than this (<c>@media { @media { …</c>) is refused: ExCSS reads it recursively, here and in Svg.Skia.</summary>
    private const int MaxNesting = 32;

    private static readonly string[] Suspicious = ["\\", "url", "import", "image", "src"];

    /// <summary>Why a style was cut when it nests too deeply (other cuts are for reaching out).</summary>
    public const string TooDeep = "styles nested too deeply";

    /// <returns>The sheet to keep (null: drop the element), and why anything was taken out (null: nothing was).</returns>
    public static string? Sheet(string css, out string? removed)
    {
        removed = null;
        // Checked first: Svg.Skia reads the sheet with ExCSS too, recursively, whatever it holds.
        if (Nesting(css) > MaxNesting) { removed = TooDeep; return null; }
        if (!MaySuspect(css)) return css;
        var sheet = new StylesheetParser().Parse(css);
        var cut = Clean(sheet.Children.OfType<IRule>().ToList(), rule => sheet.RemoveChild(rule));
        // Nothing reached out, as the parser and a plain reading of the text agree: the author's text
        // stays, with the SVG properties ExCSS would have dropped.
        if (!cut && !ReachesOut(css)) return css;
        removed = "styles that load other files";
        var text = sheet.ToCss();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <returns>The declarations to keep (null: drop the attribute), and whether anything was taken out.</returns>
    public static string? Declarations(string style, out bool removed)
    {
        removed = false;
        if (Nesting(style) > 0) { removed = true; return null; }
        if (!MaySuspect(style)) return style;
        var sheet = new StylesheetParser().Parse("x{" + style + "}");
        if (sheet.Children.OfType<StyleRule>().FirstOrDefault() is not { } rule) { removed = true; return null; }
        removed = CleanStyle(rule.Style);
        var text = rule.Style.ToCss();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>True when an attribute's value, read as CSS (escapes decoded, comments dropped), refers to anything but this file.</summary>
    public static bool ReachesOut(string value)
    {
        if (!MaySuspect(value)) return false;
        var text = Unescape(value).ToLowerInvariant();
        if (text.Contains("@import", StringComparison.Ordinal) || text.Contains("image(", StringComparison.Ordinal) || text.Contains("image-set(", StringComparison.Ordinal)) return true;
        for (var at = text.IndexOf("url(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("url(", at + 4, StringComparison.Ordinal))
            if (!IsLocal(text[(at + 4)..].TrimStart(' ', '\t', '\n', '\'', '"'))) return true;
        return false;
    }

    private static bool MaySuspect(string text) => Suspicious.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase));

    private static bool IsLocal(string url) => url.StartsWith('#');

    // Removes what reaches out from a list of rules (recursing into @media and @supports); true when anything went.
    private static bool Clean(List<IRule> rules, Action<IRule> remove)
    {
        var removed = false;
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case StyleRule style:
                    removed |= CleanStyle(style.Style);
                    break;
                case IGroupingRule grouping:
                    var inner = grouping.Rules.OfType<IRule>().ToList();
                    removed |= Clean(inner, r => grouping.RemoveAt(grouping.Rules.OfType<IRule>().ToList().IndexOf(r)));
                    break;
                case IKeyframesRule or INamespaceRule or ICharsetRule or IPageRule:
                    if (!ReachesOut(rule.ToCss())) break;
                    remove(rule);
                    removed = true;
                    break;
                default:
                    // @import, @font-face (which loads its src) and anything ExCSS reads but we do not know.
                    remove(rule);
                    removed = true;
                    break;
            }
        }
        return removed;
    }

    private static bool CleanStyle(StyleDeclaration style)
    {
        var removed = false;
        foreach (var property in style.ToList())
        {
            if (!ReachesOut(property.Value)) continue;
            style.RemoveProperty(property.Name);
            removed = true;
        }
        return removed;
    }

    private static int Nesting(string css)
    {
        int depth = 0, deepest = 0;
        foreach (var c in css)
        {
            if (c == '{') deepest = Math.Max(deepest, ++depth);
            else if (c == '}' && depth > 0) depth--;
        }
        return deepest;
    }

    // CSS escapes (\69 or \i) decoded and comments removed: what a CSS tokenizer would see.
    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '/' && i + 1 < value.Length && value[i + 1] == '*')
            {
                var end = value.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? value.Length : end + 1;
                continue;
            }
            if (c != '\\' || i + 1 >= value.Length) { text.Append(c); continue; }
            var hex = 0;
            while (hex < 6 && i + 1 + hex < value.Length && char.IsAsciiHexDigit(value[i + 1 + hex])) hex++;
            if (hex == 0) { text.Append(value[++i]); continue; }
            var code = int.Parse(value.AsSpan(i + 1, hex), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            text.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
            i += hex;
            if (i + 1 < value.Length && char.IsWhiteSpace(value[i + 1])) i++;
        }
        return text.ToString();
    }
}
