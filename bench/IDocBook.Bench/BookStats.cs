using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IDocBook.Bench;

/// <summary>
/// What a generated book holds, counted from its files (so both profiles are described the same
/// way): code blocks by language and how many are distinct, the share of the Markdown that is code,
/// tables and their widest, inline code and links, and the images with their sizes.
/// </summary>
internal static partial class BookStats
{
    public static string Describe(string book)
    {
        var texts = Directory.GetFiles(book, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var markdown = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var blocks = texts.SelectMany(t => Fence().Matches(t)).Select(m => (Language: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
        var codeBytes = blocks.Sum(b => (long)Encoding.UTF8.GetByteCount(b.Code));
        var distinct = blocks.Distinct().Count();
        var byLanguage = blocks.GroupBy(b => b.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        var codeLines = blocks.SelectMany(b => b.Code.TrimEnd('\n').Split('\n').Select(l => (b.Language, l))).ToList();
        var lines = codeLines.Count;
        // Lines that are not the first of their text in their language: what a per-line memo of the highlighter can reuse.
        var repeated = lines - codeLines.Distinct().Count();
        var prose = texts.Select(t => Fence().Replace(t, "")).ToList();
        var tables = prose.SelectMany(t => TableRule().Matches(t)).Select(m => m.Value.Count(c => c == '|') - 1).ToList();
        var inline = prose.SelectMany(t => InlineCode().Matches(t)).Select(m => m.Length - 2).ToList();
        var links = prose.Sum(t => Link().Count(t));
        var images = Directory.Exists(Path.Combine(book, "images"))
            ? Directory.GetFiles(Path.Combine(book, "images")).Select(f => new FileInfo(f)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList() : [];
        var rasters = images.Where(f => f.Extension is ".png" or ".jpg").ToList();
        var alpha = rasters.Count(f => f.Extension == ".png" && HasAlpha(f.FullName));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"  Markdown: {texts.Count} files, {markdown / 1024} KB; code {codeBytes * 100 / Math.Max(1, markdown)} % of it\n");
        sb.Append(CultureInfo.InvariantCulture, $"  code blocks: {blocks.Count} ({distinct} distinct, {lines} lines, {repeated * 100 / Math.Max(1, lines)} % of them repeating an earlier line): {string.Join(", ", byLanguage)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  tables: {tables.Count}, up to {(tables.Count == 0 ? 0 : tables.Max())} columns; inline code: {inline.Count} spans, {inline.Count(l => l >= 40)} of 40+ characters; links: {links}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  images: {rasters.Count(f => f.Extension == ".png")} PNG ({alpha} with alpha), {rasters.Count(f => f.Extension == ".jpg")} JPEG");
        if (rasters.Count > 0) sb.Append(CultureInfo.InvariantCulture, $", {rasters.Min(f => f.Length) / 1024}–{rasters.Max(f => f.Length) / 1024} KB each, {rasters.Sum(f => f.Length) / 1024} KB in all");
        sb.Append(CultureInfo.InvariantCulture, $"; {images.Count(f => f.Extension == ".svg")} SVG");
        return sb.ToString();
    }

    // Colour type 4 or 6 in the IHDR: gray or colour with alpha.
    private static bool HasAlpha(string png)
    {
        var header = new byte[26];
        using var file = File.OpenRead(png);
        return file.Read(header) == 26 && header[25] is 4 or 6;
    }

    /// <summary>A fenced block of the generated books: its language, then its code.</summary>
    [GeneratedRegex(@"^```(\w*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    internal static partial Regex Fence();

    [GeneratedRegex(@"^\|(?:---\|)+$", RegexOptions.Multiline)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\([^)\s]+\)")]
    private static partial Regex Link();
}
