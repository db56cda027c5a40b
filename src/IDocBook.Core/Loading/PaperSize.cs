using System.Globalization;

namespace IDocBook.Core.Loading;

/// <summary>
/// A paper as configs and the command line name it: A4, A5, B5, Letter or Legal in any letter case,
/// or <c>WIDTHxHEIGHT</c> in millimetres (<c>x</c>, <c>X</c> or <c>×</c>, an optional <c>mm</c>).
/// Read here so a config's paper is checked where it is written; the PDF turns it into points.
/// </summary>
public sealed record PaperSize(string Name, float WidthMm, float HeightMm, bool Named)
{
    /// <summary>What <see cref="Parse"/> accepts, for messages.</summary>
    public const string Accepted = "A4, A5, B5, Letter, Legal, or WIDTHxHEIGHT in millimetres (e.g. 148x210)";

    public static IReadOnlyList<string> Names { get; } = ["A4", "A5", "B5", "Letter", "Legal"];

    // A custom size outside this range is a typo (e.g. centimetres), not a sheet a printer takes.
    private const float MinMillimetres = 50, MaxMillimetres = 2000;

    /// <returns>The paper (a named one with its canonical name and no size: the PDF knows those exactly), or null.</returns>
    public static PaperSize? Parse(string text)
    {
        var value = text.Trim();
        if (Names.FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } named) return new PaperSize(named, 0, 0, Named: true);
        if (value.EndsWith("mm", StringComparison.OrdinalIgnoreCase)) value = value[..^2];
        var parts = value.Split(['x', 'X', '×'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        if (!float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
            || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var height)) return null;
        if (width is < MinMillimetres or > MaxMillimetres || height is < MinMillimetres or > MaxMillimetres) return null;
        return new PaperSize(string.Create(CultureInfo.InvariantCulture, $"{width:0.#}x{height:0.#}mm"), width, height, Named: false);
    }
}
