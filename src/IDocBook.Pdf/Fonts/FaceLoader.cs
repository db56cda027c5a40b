using IDocBook.Media.Fonts;
using System.Runtime.InteropServices;
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

        // HarfBuzz keeps the blob's pointer and reads tables (hmtx, GSUB) lazily, at the first shaping.
        // The bytes therefore live in native memory that HarfBuzz itself frees with the blob: a
        // managed array could be moved by the garbage collector under it, and advances then came
        // out as garbage depending on when the collector ran.
        var blob = NativeBlob(bytes);
        var face = new HarfBuzzSharp.Face(blob, 0);
        var upem = face.UnitsPerEm;
        var font = new HarfBuzzSharp.Font(face);
        font.SetFunctionsOpenType();
        // Positions in font units: exact integers, scaled to points by the layouter per size.
        font.SetScale(upem, upem);
        font.TryGetHorizontalFontExtents(out var extents);
        var metrics = new FaceMetrics(upem, extents.Ascender / (float)upem, -extents.Descender / (float)upem);

        // The subset maps exactly the asked code points the original font had: that is the coverage.
        var covered = new HashSet<int>();
        var characters = new Dictionary<ushort, int>();
        var glyphs = new Dictionary<int, ushort>();
        foreach (var cp in codePoints)
        {
            if (!font.TryGetNominalGlyph((uint)cp, out var glyph) || glyph == 0) continue;
            covered.Add(cp);
            glyphs[cp] = (ushort)glyph;
            if (!characters.TryGetValue((ushort)glyph, out var other) || Preferred(cp, other)) characters[(ushort)glyph] = cp;
        }
        var name = Path.GetFileNameWithoutExtension(path);
        return new Loaded(new FontFace(name, bytes, typeface, font, face, blob) { Characters = characters, Glyphs = glyphs }, metrics, covered);
    }

    // CJK fonts draw a Kangxi radical (⼈ U+2F08) and its ideograph (人 U+4EBA) with one glyph; text
    // extracted from that glyph should be the ideograph, whatever order the code points came in.
    private static bool Preferred(int candidate, int current) =>
        (IsCompatibility(candidate), candidate).CompareTo((IsCompatibility(current), current)) < 0;

    private static bool IsCompatibility(int cp) =>
        cp is >= 0x2E80 and <= 0x2FDF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;

    private static unsafe HarfBuzzSharp.Blob NativeBlob(byte[] bytes)
    {
        var memory = (IntPtr)NativeMemory.Alloc((nuint)bytes.Length);
        Marshal.Copy(bytes, 0, memory, bytes.Length);
        return new HarfBuzzSharp.Blob(memory, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly, () => NativeMemory.Free((void*)memory));
    }
}
