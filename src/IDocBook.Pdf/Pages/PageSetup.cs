namespace IDocBook.Pdf.Pages;

/// <summary>Page geometry: paper and margins in points; the text block is what is left.</summary>
public sealed record PageSetup(Paper Paper, float Top, float Bottom, float Left, float Right)
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>Margins that suit the paper: 25/22 mm on A4 and Letter, smaller on A5 and B5 handouts.</summary>
    public static PageSetup For(Paper paper)
    {
        var small = paper.Width < 500;
        float mm(float v) => v * PointsPerMillimetre;
        return small ? new PageSetup(paper, mm(18), mm(18), mm(15), mm(15)) : new PageSetup(paper, mm(25), mm(25), mm(22), mm(22));
    }

    public float ContentWidth => Paper.Width - Left - Right;
    public float ContentHeight => Paper.Height - Top - Bottom;
}
