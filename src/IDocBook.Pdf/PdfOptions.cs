using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Pages;

namespace IDocBook.Pdf;

/// <summary>Print settings: paper, margins (null: the paper's defaults), fonts, front matter and imposition.</summary>
public sealed record PdfOptions
{
    /// <summary>Narrower than this, a line holds a handful of Chinese characters or two English words.</summary>
    public const float MinTextWidthMm = 60;

    public Paper Paper { get; init; } = Paper.A4;
    /// <summary>Margins in millimetres, CSS order (1 to 4 values); empty for the paper's defaults.</summary>
    public IReadOnlyList<float> MarginsMm { get; init; } = [];
    public FontChoice? Fonts { get; init; }
    /// <summary>False leaves out the title page (short handouts).</summary>
    public bool TitlePage { get; init; } = true;
    /// <summary>False leaves out the printed contents; the bookmarks stay.</summary>
    public bool Contents { get; init; } = true;
    /// <summary>Imposes the pages for saddle-stitch printing (see <see cref="Pages.Booklet"/>).</summary>
    public bool Booklet { get; init; }
    /// <summary>
    /// The standards the PDF claims: PDF/UA-1 by default (the file is always tagged); PDF/A-2u adds an
    /// sRGB output intent. A booklet claims none: its pages are in folding order, not reading order.
    /// </summary>
    public Output.PdfStandards Standards { get; init; } = Output.PdfStandards.Ua1;
    /// <summary>Hears each page's label and where it begins, as soon as the book is paginated (for the EPUB built alongside).</summary>
    public Action<IReadOnlyList<Core.Model.PrintPage>>? Paginated { get; init; }

    /// <summary>The width left for text between the margins, in millimetres.</summary>
    public float TextWidthMm => Setup().ContentWidth / PageSetup.PointsPerMillimetre;
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
