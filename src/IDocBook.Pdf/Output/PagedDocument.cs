namespace IDocBook.Pdf.Output;

/// <summary>The typeset book: pages of items plus what the PDF needs besides pages.</summary>
public sealed record PagedDocument(IReadOnlyList<Page> Pages, IReadOnlyList<OutlineItem> Outline, IReadOnlyList<PageLabelRange> Labels, PdfInfo Info)
{
    /// <summary>Faces for text inside SVG images; without them that text has no font to draw with.</summary>
    public SvgFonts? SvgFonts { get; init; }

    /// <summary>Each page's label and where in the book it begins, for the EPUB built with this PDF.</summary>
    public IReadOnlyList<IDocBook.Core.Model.PrintPage> PrintPages { get; init; } = [];

    /// <summary>The standards to claim; the file is tagged whatever this says.</summary>
    public PdfStandards Standards { get; init; } = PdfStandards.Ua1;
}

public sealed record Page(float Width, float Height, IReadOnlyList<PageItem> Items);

/// <summary>A bookmark: a title and the named destination it opens, nested as the book.</summary>
public sealed record OutlineItem(string Title, string Destination, IReadOnlyList<OutlineItem> Children);

public enum PageLabelStyle { LowerRoman, Decimal }

/// <summary>From page index <see cref="StartPage"/> (0-based) on, pages are labelled in this style from <see cref="FirstNumber"/>.</summary>
public sealed record PageLabelRange(int StartPage, PageLabelStyle Style, int FirstNumber = 1);

/// <summary>Document information. <see cref="Date"/> is the book's date, never the clock.</summary>
public sealed record PdfInfo(string Title, string Author, string Subject, string Keywords, string Creator, string Language, DateTimeOffset Date);

/// <summary>The standards the PDF claims to meet, in its XMP metadata.</summary>
[Flags]
public enum PdfStandards
{
    None = 0,
    /// <summary>PDF/UA-1 (ISO 14289-1): tagged, in reading order, with its language and title.</summary>
    Ua1 = 1,
    /// <summary>PDF/A-2u (ISO 19005-2, level U): an sRGB output intent, fonts embedded with Unicode maps.</summary>
    A2u = 2,
}
