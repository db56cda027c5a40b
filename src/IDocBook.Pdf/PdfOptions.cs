using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Pages;

namespace IDocBook.Pdf;

/// <summary>Print settings: paper, margins (null: the paper's defaults) and fonts.</summary>
public sealed record PdfOptions
{
    public Paper Paper { get; init; } = Paper.A4;
    /// <summary>Margins in millimetres, CSS order (1 to 4 values); empty for the paper's defaults.</summary>
    public IReadOnlyList<float> MarginsMm { get; init; } = [];
    public FontChoice? Fonts { get; init; }
    /// <summary>Punctuation, hanging and hyphenation rules of the text.</summary>
    public Text.TypesetSettings Typesetting { get; init; } = Text.TypesetSettings.Default;
    /// <summary>Heading levels in the printed contents: 1 is chapters only.</summary>
    public int TocDepth { get; init; } = 2;
    /// <summary>Mirrored margins, chapters opening on recto (odd) pages, blank versos without running heads.</summary>
    public bool TwoSided { get; init; }
    /// <summary>Called with the typesetting report of the body, measured on its pages; null to measure nothing.</summary>
    public Action<Pages.TypesetReport>? Report { get; init; }

    internal PageSetup Setup()
    {
        var setup = PageSetup.For(Paper);
        if (MarginsMm.Count == 0) return setup;
        float At(int i) => MarginsMm[Math.Min(i, MarginsMm.Count - 1)] * PageSetup.PointsPerMillimetre;
        var (top, right, bottom, left) = MarginsMm.Count switch
        {
            1 => (At(0), At(0), At(0), At(0)),
            2 => (At(0), At(1), At(0), At(1)),
            3 => (At(0), At(1), At(2), At(1)),
            _ => (At(0), At(1), At(2), At(3)),
        };
        return setup with { Top = top, Right = right, Bottom = bottom, Left = left };
    }
}
