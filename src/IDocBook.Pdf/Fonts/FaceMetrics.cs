namespace IDocBook.Pdf.Fonts;

/// <summary>
/// What line setting needs from a face, in ems: HarfBuzz positions come in font units at the font's
/// scale (set to units-per-em), so points = units × size / <see cref="UnitsPerEm"/>.
/// </summary>
internal readonly record struct FaceMetrics(int UnitsPerEm, float Ascent, float Descent);
