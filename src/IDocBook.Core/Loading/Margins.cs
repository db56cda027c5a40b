using System.Globalization;

namespace IDocBook.Core.Loading;

/// <summary>Page margins as written in configs and on the command line: 1 to 4 millimetre values, CSS order.</summary>
public static class Margins
{
    /// <returns>The values, or null when they are not 1 to 4 non-negative numbers (an optional "mm" is allowed).</returns>
    public static IReadOnlyList<float>? Parse(IEnumerable<string> values)
    {
        var parts = values.SelectMany(v => v.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).ToList();
        var numbers = new List<float>();
        foreach (var part in parts)
        {
            if (!float.TryParse(part.EndsWith("mm", StringComparison.OrdinalIgnoreCase) ? part[..^2] : part, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                || n < 0 || n >= 200) return null;
            numbers.Add(n);
        }
        return numbers.Count is >= 1 and <= 4 ? numbers : null;
    }
}
