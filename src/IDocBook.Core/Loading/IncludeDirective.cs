using System.Text.RegularExpressions;

namespace IDocBook.Core.Loading;

/// <summary>
/// What an mdBook include names: a path, then an optional <c>:start:end</c> range (1-based,
/// inclusive, either end may be left out; <c>:n</c> alone is line n) or <c>:anchor</c> between
/// <c>ANCHOR: name</c> and <c>ANCHOR_END: name</c> markers. Parsed as mdBook 0.4 does.
/// </summary>
internal sealed partial record IncludeDirective(string Path, int? Start, int? End, string? Anchor)
{
    public static IncludeDirective Parse(string argument)
    {
        var parts = argument.Trim().Split(':', 2);
        if (parts.Length == 1) return new(parts[0], null, null, null);
        var range = parts[1].Split(':', 2);
        var hasEnd = range.Length == 2;
        if (int.TryParse(range[0], out var start))
        {
            if (!hasEnd) return new(parts[0], start, start, null);
            return new(parts[0], start, int.TryParse(range[1], out var end) ? end : null, null);
        }
        if (range[0].Length > 0) return new(parts[0], null, null, range[0]);
        return new(parts[0], null, hasEnd && int.TryParse(range[1], out var only) ? only : null, null);
    }

    /// <summary>The selected lines (1-based numbers of the included file), or null when the anchor is absent.</summary>
    public IReadOnlyList<int>? Select(IReadOnlyList<string> lines)
    {
        if (Anchor is null)
        {
            var first = Math.Max(1, Start ?? 1);
            var last = Math.Min(lines.Count, End ?? lines.Count);
            return [.. Enumerable.Range(first, Math.Max(0, last - first + 1))];
        }
        var open = lines.ToList().FindIndex(l => AnchorName(l, "ANCHOR") == Anchor);
        if (open < 0) return null;
        var selected = new List<int>();
        for (var i = open + 1; i < lines.Count; i++)
        {
            if (AnchorName(lines[i], "ANCHOR_END") == Anchor) break;
            // Markers of other anchors nested inside this one are not part of the text.
            if (AnchorMarker().IsMatch(lines[i])) continue;
            selected.Add(i + 1);
        }
        return selected;
    }

    private static string? AnchorName(string line, string kind)
    {
        var m = AnchorMarker().Match(line);
        return m.Success && m.Groups[1].Value == kind ? m.Groups[2].Value : null;
    }

    [GeneratedRegex(@"\b(ANCHOR|ANCHOR_END):\s*([\w-]+)")]
    private static partial Regex AnchorMarker();
}
