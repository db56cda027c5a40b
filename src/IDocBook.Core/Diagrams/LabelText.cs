using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IDocBook.Core.Diagrams;

/// <summary>A run of label text in one weight and slant.</summary>
internal sealed record LabelRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>
/// A label as lines of styled runs. Mermaid labels are HTML-ish: <c>&lt;br&gt;</c> breaks lines,
/// <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c> style, other tags are dropped with their text kept; <c>#quot;</c>
/// and <c>#9829;</c> are Mermaid's entity codes. Markdown strings (<c>"`…`"</c>) also take
/// <c>**bold**</c>, <c>*italic*</c> and line breaks as typed.
/// </summary>
internal sealed partial record LabelText(IReadOnlyList<IReadOnlyList<LabelRun>> Lines)
{
    /// <summary>Longest label text kept; the rest is cut with an ellipsis (a label is not a chapter).</summary>
    public const int MaxLength = 2000;

    public static readonly LabelText Empty = new([]);

    public bool IsEmpty => Lines.All(l => l.All(r => r.Text.Length == 0));

    public string PlainText => string.Join("\n", Lines.Select(l => string.Concat(l.Select(r => r.Text))));

    public static LabelText Plain(string text) => text.Length == 0 ? Empty : new([[new LabelRun(Clean(text))]]);

    public static LabelText Parse(string raw, bool markdown = false)
    {
        if (raw.Length > MaxLength) raw = raw[..MaxLength] + "…";
        var lines = new List<IReadOnlyList<LabelRun>>();
        foreach (var line in BreakPattern().Split(raw))
        {
            var runs = new List<LabelRun>();
            var state = (Bold: false, Italic: false);
            foreach (Match token in TagPattern().Matches(line))
            {
                if (token.Groups["tag"].Success)
                {
                    var name = token.Groups["name"].Value.ToLowerInvariant();
                    var closing = token.Groups["close"].Success;
                    if (name is "b" or "strong") state.Bold = !closing;
                    else if (name is "i" or "em") state.Italic = !closing;
                    continue;
                }
                var text = Decode(token.Value);
                if (markdown) AddMarkdown(runs, text, ref state);
                else Add(runs, text, state.Bold, state.Italic);
            }
            lines.Add(Trim(runs));
        }
        while (lines.Count > 0 && lines[^1].Count == 0) lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Count == 0) lines.RemoveAt(0);
        return new LabelText(lines);
    }

    // ** and __ toggle bold, * and _ italic; a lone marker that never closes stays text.
    private static void AddMarkdown(List<LabelRun> runs, string text, ref (bool Bold, bool Italic) state)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '*' or '_')
            {
                var strong = i + 1 < text.Length && text[i + 1] == c;
                var marker = strong ? new string(c, 2) : c.ToString();
                var closes = strong ? state.Bold : state.Italic;
                if (closes || text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal) > i + marker.Length)
                {
                    Add(runs, sb.ToString(), state.Bold, state.Italic);
                    sb.Clear();
                    if (strong) state.Bold = !state.Bold;
                    else state.Italic = !state.Italic;
                    i += marker.Length - 1;
                    continue;
                }
            }
            sb.Append(c);
        }
        Add(runs, sb.ToString(), state.Bold, state.Italic);
    }

    private static void Add(List<LabelRun> runs, string text, bool bold, bool italic)
    {
        text = Clean(text);
        if (text.Length == 0) return;
        if (runs.Count > 0 && runs[^1].Bold == bold && runs[^1].Italic == italic) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new LabelRun(text, bold, italic));
    }

    // Spaces fold to one, as HTML does; leading and trailing ones go.
    private static List<LabelRun> Trim(List<LabelRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
            runs[i] = runs[i] with { Text = SpacePattern().Replace(runs[i].Text, " ") };
        if (runs.Count > 0) runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
        if (runs.Count > 0) runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        runs.RemoveAll(r => r.Text.Length == 0);
        return runs;
    }

    /// <summary>Control and format characters draw nothing and measure as nothing in one writer and something in another: they go.</summary>
    private static string Clean(string text)
    {
        if (!text.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n') sb.Append(' ');
            else if (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Decode(string text)
    {
        if (text.IndexOf('#') < 0 && text.IndexOf('&') < 0) return text;
        return EntityPattern().Replace(text, m =>
        {
            var body = m.Groups["body"].Value;
            var numeric = m.Groups["hash"].Success || m.Groups["lead"].Value == "#";
            if (numeric && (char.IsAsciiDigit(body[0]) || body[0] is 'x' or 'X'))
            {
                var hex = body[0] is 'x' or 'X';
                return int.TryParse(hex ? body[1..] : body, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var cp)
                    && cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(cp) : m.Value;
            }
            if (m.Groups["hash"].Success) return m.Value;
            return body.ToLowerInvariant() switch
            {
                "quot" => "\"", "amp" => "&", "lt" => "<", "gt" => ">", "apos" => "'", "nbsp" => "\u00A0",
                "semi" => ";", "colon" => ":", "num" => "#", "lpar" => "(", "rpar" => ")", "lsqb" => "[", "rsqb" => "]",
                "lcub" => "{", "rcub" => "}", "vert" => "|", "copy" => "©", "reg" => "®", "hellip" => "…", "mdash" => "—", "ndash" => "–",
                _ => m.Value,
            };
        });
    }

    [GeneratedRegex(@"<br\s*/?>|\n", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex(@"(?<tag><(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>)|[^<]+|<")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[ \t\n]+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"(?<lead>[#&])(?<hash>#)?(?<body>[xX][0-9A-Fa-f]+|[0-9]+|[A-Za-z]+);")]
    private static partial Regex EntityPattern();
}
