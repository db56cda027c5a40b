using IDocBook.Core.Loading;

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
    public const string Accepted = PaperSize.Accepted;

    public float WidthMm => Width / PageSetup.PointsPerMillimetre;

    /// <summary>A paper as <see cref="PaperSize.Parse"/> reads it; null otherwise.</summary>
    public static Paper? Parse(string text) => PaperSize.Parse(text) switch
    {
        null => null,
        { Named: true } size => All.First(p => p.Name == size.Name),
        var size => new Paper(size.Name, size.WidthMm * PageSetup.PointsPerMillimetre, size.HeightMm * PageSetup.PointsPerMillimetre),
    };
}
