using System.Globalization;

namespace IDocBook.Core.Diagrams;

/// <summary>
/// What <c>classDef</c>, <c>style</c> and <c>linkStyle</c> may set: Mermaid's CSS-like properties
/// <c>fill</c>, <c>stroke</c>, <c>stroke-width</c>, <c>stroke-dasharray</c>, <c>color</c>,
/// <c>font-weight</c> and <c>font-style</c>. Null means "not set here"; <see cref="Over"/> layers them.
/// Colours are 0xAARRGGBB.
/// </summary>
internal sealed record ShapeStyle
{
    public static readonly ShapeStyle None = new();

    public uint? Fill { get; init; }
    public uint? Stroke { get; init; }
    public float? StrokeWidth { get; init; }
    public IReadOnlyList<float>? Dash { get; init; }
    public uint? Color { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }

    /// <summary>This style laid over <paramref name="below"/>: what this one sets wins.</summary>
    public ShapeStyle Over(ShapeStyle below) => new()
    {
        Fill = Fill ?? below.Fill,
        Stroke = Stroke ?? below.Stroke,
        StrokeWidth = StrokeWidth ?? below.StrokeWidth,
        Dash = Dash ?? below.Dash,
        Color = Color ?? below.Color,
        Bold = Bold ?? below.Bold,
        Italic = Italic ?? below.Italic,
    };

    /// <summary>
    /// Reads <c>fill:#f9f,stroke:#333,stroke-width:4px</c>. Unknown properties and values that do
    /// not parse are left out: a style the tool cannot show is not worth failing a diagram for.
    /// </summary>
    public static ShapeStyle Parse(string text)
    {
        var style = None;
        foreach (var declaration in SplitOutsideParentheses(text.Trim().TrimEnd(';'), ",;"))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0) continue;
            var name = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim().TrimEnd('!').Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
            style = name switch
            {
                "fill" or "background" or "background-color" => style with { Fill = Colors.Parse(value) ?? style.Fill },
                "stroke" or "border-color" => style with { Stroke = Colors.Parse(value) ?? style.Stroke },
                "color" => style with { Color = Colors.Parse(value) ?? style.Color },
                "stroke-width" => style with { StrokeWidth = Length(value) is { } w && w is >= 0 and <= 20 ? w : style.StrokeWidth },
                "stroke-dasharray" => style with { Dash = Dashes(value) ?? style.Dash },
                "font-weight" => style with { Bold = value is "bold" or "bolder" || int.TryParse(value, out var weight) && weight >= 600 },
                "font-style" => style with { Italic = value is "italic" or "oblique" },
                _ => style,
            };
        }
        return style;
    }

    /// <summary>Splits at any of <paramref name="separators"/> that is not inside parentheses (rgb(1,2,3)).</summary>
    internal static List<string> SplitOutsideParentheses(string text, string separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && separators.Contains(text[i]))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static float? Length(string value)
    {
        var number = value.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? value[..^2] : value;
        return float.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && float.IsFinite(v) ? v * 0.75f : null;
    }

    private static IReadOnlyList<float>? Dashes(string value)
    {
        var lengths = value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Length).ToList();
        if (lengths.Count == 0 || lengths.Count > 8 || lengths.Any(l => l is null or < 0 or > 100) || lengths.Sum(l => l!.Value) <= 0) return null;
        return [.. lengths.Select(l => l!.Value)];
    }
}
