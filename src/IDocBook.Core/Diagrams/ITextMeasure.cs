namespace IDocBook.Core.Diagrams;

/// <summary>
/// Measures label text the way the outputs will set it. The caller supplies it (the CLI measures
/// with HarfBuzz and the PDF's own label fonts, so a label drawn in the PDF is exactly as wide as
/// the room the layout made for it); Core knows no fonts.
/// </summary>
public interface ITextMeasure
{
    /// <summary>Advance width in points of <paramref name="text"/> on one line at <paramref name="size"/> points.</summary>
    float Width(string text, float size, bool bold);

    /// <summary>Height above the baseline, in ems of the font size.</summary>
    float Ascent { get; }

    /// <summary>Depth below the baseline, in ems (positive).</summary>
    float Descent { get; }
}
