using IDocBook.Media.Fonts;
using SkiaSharp;

namespace IDocBook.Pdf.Fonts;

/// <summary>Subsets one font file and opens the subset for drawing (Skia) and shaping (HarfBuzz).</summary>
internal static class FaceLoader
{
    internal sealed record Loaded(FontFace Face, FaceMetrics Metrics, HashSet<int> Covered);

    public static Loaded Load(string path, IReadOnlyCollection<int> codePoints)
    {
        var bytes = FontSubsetter.Subset(path, codePoints);
        var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new InvalidDataException($"Skia cannot open the subset of '{path}'.");

        // Blob.FromStream copies into native memory, so the face does not depend on a pinned array.
        using var blob = HarfBuzzSharp.Blob.FromStream(new MemoryStream(bytes));
        using var face = new HarfBuzzSharp.Face(blob, 0);
        var upem = face.UnitsPerEm;
        var font = new HarfBuzzSharp.Font(face);
        font.SetFunctionsOpenType();
        // Positions in font units: exact integers, scaled to points by the layouter per size.
        font.SetScale(upem, upem);
        font.TryGetHorizontalFontExtents(out var extents);
        var metrics = new FaceMetrics(upem, extents.Ascender / (float)upem, -extents.Descender / (float)upem);

        // The subset maps exactly the asked code points the original font had: that is the coverage.
        var covered = new HashSet<int>();
        foreach (var cp in codePoints)
        {
            if (font.TryGetNominalGlyph((uint)cp, out var glyph) && glyph != 0) covered.Add(cp);
        }
        var name = Path.GetFileNameWithoutExtension(path);
        return new Loaded(new FontFace(name, bytes, typeface, font), metrics, covered);
    }
}
