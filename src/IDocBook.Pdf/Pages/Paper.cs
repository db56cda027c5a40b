using System.Globalization;

namespace IDocBook.Pdf.Pages;

/// <summary>A paper size in points (1/72 inch).</summary>
public sealed record Paper(string Name, float Width, float Height)
{
    public static readonly Paper A4 = new("A4", 595.28f, 841.89f);
    public static readonly Paper A5 = new("A5", 419.53f, 595.28f);
    public static readonly Paper B5 = new("B5", 498.90f, 708.66f);
    public static readonly Paper Letter = new("Letter", 612f, 792f);
    public static readonly Paper Legal = new("Legal", 612f, 1008f);

    public static IReadOnlyList<Paper> All { get; } = [A4, A5, B5, Letter, Legal];

    /// <summary>What <see cref="Parse"/> accepts, for messages.</summary>
    public const string Accepted = "A4, A5, B5, Letter, Legal, or WIDTHxHEIGHT in millimetres (e.g. 148x210)";

    // A custom size outside this range is a typo (e.g. centimetres), not a sheet a printer takes.
    private const float MinMillimetres = 50, MaxMillimetres = 2000;

    public float WidthMm => Width / PageSetup.PointsPerMillimetre;

    /// <summary>A named size in any letter case, or <c>WIDTHxHEIGHT</c> in millimetres (<c>x</c>, <c>X</c> or <c>×</c>, an optional <c>mm</c>); null otherwise.</summary>
    public static Paper? Parse(string text)
    {
        var value = text.Trim();
        if (All.FirstOrDefault(p => p.Name.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } named) return named;
        if (value.EndsWith("mm", StringComparison.OrdinalIgnoreCase)) value = value[..^2];
        var parts = value.Split(['x', 'X', '×'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        if (!float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
            || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var height)) return null;
        if (width is < MinMillimetres or > MaxMillimetres || height is < MinMillimetres or > MaxMillimetres) return null;
        var name = string.Create(CultureInfo.InvariantCulture, $"{width:0.#}x{height:0.#}mm");
        return new Paper(name, width * PageSetup.PointsPerMillimetre, height * PageSetup.PointsPerMillimetre);
    }
}
