using System.Text;
using IDocBook.Media.Fonts;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The faces the pages use, as PDF fonts: Identity-H composite fonts whose character codes are glyph
/// ids, each embedded as a subset of exactly the glyphs drawn, with a ToUnicode map for copying text.
/// </summary>
/// <remarks>
/// <see cref="Collect"/> walks the pages once, before any page is written, so that names, widths and
/// the glyphs to keep are fixed up front: the pages can then be written on every core while the fonts
/// are being subset.
/// </remarks>
internal sealed class EmbeddedFonts
{
    private readonly Dictionary<FontFace, Font> _fonts;

    private EmbeddedFonts(Dictionary<FontFace, Font> fonts) => _fonts = fonts;

    private sealed class Font(FontFace face, string name)
    {
        public FontFace Face { get; } = face;
        /// <summary>The resource name pages select it by.</summary>
        public string Name { get; } = name;
        /// <summary>Advance widths in thousandths of an em, as /W states them, by glyph id; NaN for glyphs not drawn.</summary>
        public float[] Widths { get; } = NotDrawn();
        public Task<byte[]>? Subset { get; set; }
        /// <summary>The text each glyph extracts as: its cmap character, or for a glyph the cmap does not
        /// reach (a ligature, a stylistic alternate), the text of the first cluster it alone stands for.</summary>
        public Dictionary<ushort, string> Texts { get; } = [];

        /// <summary>The glyphs drawn, in id order; fixed once <see cref="Collect"/> is done.</summary>
        public ushort[] Drawn { get; set; } = [];

        public void Draws(ushort glyph)
        {
            if (float.IsNaN(Widths[glyph])) Widths[glyph] = Thousandths(Face, glyph);
        }

        private static float[] NotDrawn()
        {
            var widths = new float[ushort.MaxValue + 1];
            Array.Fill(widths, float.NaN);
            return widths;
        }
    }

    /// <summary>Finds every face and glyph the pages draw, and starts subsetting each face on the thread pool.</summary>
    public static EmbeddedFonts Collect(IEnumerable<Page> pages)
    {
        var fonts = new Dictionary<FontFace, Font>();
        foreach (var run in pages.SelectMany(p => p.Items).OfType<TextItem>().SelectMany(t => t.Line.Runs))
        {
            if (run.Glyphs.Length == 0) continue;
            if (!fonts.TryGetValue(run.Font, out var font))
            {
                fonts[run.Font] = font = new Font(run.Font, "F" + PdfText.Number(fonts.Count));
            }
            foreach (var glyph in run.Glyphs) font.Draws(glyph);
            LearnTexts(font, run);
        }
        foreach (var font in fonts.Values)
        {
            // .notdef stays whatever is drawn: readers fall back to it for codes they cannot find.
            font.Draws(0);
            font.Drawn = [.. Enumerable.Range(0, font.Widths.Length).Where(g => !float.IsNaN(font.Widths[g])).Select(g => (ushort)g)];
            font.Subset = Task.Run(() => FontSubsetter.SubsetGlyphs(font.Face.Data, font.Drawn));
        }
        return new EmbeddedFonts(fonts);
    }

    // Readers that ignore /ActualText (PdfPig, some search indexes) then still read "fi" for the fi
    // ligature. The pages are visited in order, so "first" is the same in every build.
    private static void LearnTexts(Font font, GlyphRun run)
    {
        if (run.Text.Length == 0 || run.Glyphs.All(g => g == 0 || font.Texts.ContainsKey(g) || font.Face.Characters.ContainsKey(g))) return;
        var clusters = ClusterMap.Clusters(run);
        for (var i = 0; i < clusters.Length; i++)
        {
            var glyph = run.Glyphs[i];
            var alone = (i == 0 || clusters[i - 1] != clusters[i]) && (i + 1 == clusters.Length || clusters[i + 1] != clusters[i]);
            if (!alone || glyph == 0 || font.Face.Characters.ContainsKey(glyph) || font.Texts.ContainsKey(glyph)) continue;
            var end = i + 1 < clusters.Length ? clusters[i + 1] : run.Text.Length;
            if (end > clusters[i]) font.Texts[glyph] = run.Text[clusters[i]..end];
        }
    }

    /// <summary>Whether <paramref name="glyph"/> extracts as <paramref name="text"/> through the ToUnicode map.</summary>
    public bool ExtractsAs(FontFace face, ushort glyph, ReadOnlySpan<char> text)
    {
        if (face.Characters.TryGetValue(glyph, out var character))
        {
            return Rune.DecodeFromUtf16(text, out var rune, out var length) == System.Buffers.OperationStatus.Done
                && length == text.Length && rune.Value == character;
        }
        return _fonts[face].Texts.TryGetValue(glyph, out var known) && text.SequenceEqual(known);
    }

    /// <summary>The resource name of <paramref name="face"/>'s font.</summary>
    public string NameOf(FontFace face) => _fonts[face].Name;

    /// <summary><paramref name="glyph"/>'s advance as the PDF reader computes it, in thousandths of the font size.</summary>
    public float WidthOf(FontFace face, ushort glyph) => _fonts[face].Widths[glyph];

    /// <summary>Writes every font's objects and returns the /Font resource dictionary's entries.</summary>
    public string Write(PdfObjectWriter writer)
    {
        var entries = new StringBuilder();
        foreach (var font in _fonts.Values)
        {
            var type0 = writer.Reserve();
            var baseFont = Tag(font) + "+" + font.Face.Name;
            WriteFont(writer, type0, font, baseFont);
            entries.Append('/').Append(font.Name).Append(' ').Append(PdfText.Ref(type0)).Append(' ');
        }
        return entries.ToString();
    }

    private static void WriteFont(PdfObjectWriter writer, int type0, Font font, string baseFont)
    {
        var bytes = font.Subset!.GetAwaiter().GetResult();
        var cff = HasTable(bytes, "CFF ") || HasTable(bytes, "CFF2");
        int cid = writer.Reserve(), descriptor = writer.Reserve(), file = writer.Reserve(), toUnicode = writer.Reserve();
        var name = PdfText.Name(baseFont);

        writer.Write(type0, $"<</Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{PdfText.Ref(cid)}] /ToUnicode {PdfText.Ref(toUnicode)}>>");
        writer.Write(cid, $"<</Type /Font /Subtype {(cff ? "/CIDFontType0" : "/CIDFontType2")} /BaseFont {name}"
            + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
            + $" /FontDescriptor {PdfText.Ref(descriptor)}{(cff ? "" : " /CIDToGIDMap /Identity")} /W [{Widths(font)}]>>");
        writer.Write(descriptor, Descriptor(font.Face, name, cff ? "/FontFile3" : "/FontFile2", file));
        if (cff) writer.WriteCompressed(file, "/Subtype /OpenType", bytes);
        else writer.WriteCompressed(file, "/Length1 " + PdfText.Number(bytes.Length), bytes);
        writer.WriteCompressed(toUnicode, "", ToUnicodeCMap.Write(font.Drawn.Where(g => g != 0), g => TextOfGlyph(font, g)));
    }

    private static string? TextOfGlyph(Font font, ushort glyph) =>
        font.Face.Characters.TryGetValue(glyph, out var character) ? char.ConvertFromUtf32(character) : font.Texts.GetValueOrDefault(glyph);

    private static string Descriptor(FontFace face, string name, string fileKey, int file)
    {
        using var skia = new SKFont(face.Typeface, 1000);
        var m = skia.Metrics;
        // Flags: symbolic (4), as for any font whose glyphs are chosen by id; fixed pitch (1) for code.
        var flags = 4 + (face.Typeface.IsFixedPitch ? 1 : 0);
        // No font states its stem width; readers only use it to pick a substitute, which never happens here.
        var stemV = face.Typeface.FontWeight >= 600 ? 140 : 80;
        return $"<</Type /FontDescriptor /FontName {name} /Flags {flags}"
            + $" /FontBBox [{Int(m.XMin)} {Int(-m.Bottom)} {Int(m.XMax)} {Int(-m.Top)}]"
            + $" /ItalicAngle 0 /Ascent {Int(-m.Ascent)} /Descent {Int(-m.Descent)} /CapHeight {Int(m.CapHeight)} /StemV {stemV}"
            + $" {fileKey} {PdfText.Ref(file)}>>";
    }

    private static string Int(float value) => PdfText.Number((int)MathF.Round(value));

    // Runs of consecutive glyphs share one array: "c [w1 w2 …]".
    private static string Widths(Font font)
    {
        var text = new StringBuilder();
        var previous = -2;
        foreach (var glyph in font.Drawn)
        {
            var width = font.Widths[glyph];
            if (glyph != previous + 1)
            {
                if (previous >= 0) text.Append("] ");
                text.Append(PdfText.Number(glyph)).Append(" [");
            }
            else text.Append(' ');
            text.Append(PdfText.Real(width));
            previous = glyph;
        }
        if (previous >= 0) text.Append(']');
        return text.ToString();
    }

    // The shaper's scale is the font's units per em, so its advances are in font units.
    private static float Thousandths(FontFace face, ushort glyph)
    {
        face.Shaper.GetScale(out var unitsPerEm, out _);
        return MathF.Round(face.Shaper.GetHorizontalGlyphAdvance(glyph) * 1000f / unitsPerEm, 3);
    }

    // Readers may take two subsets of one font with the same tag for the same font, so the tag comes
    // from the glyphs kept. Skia's subsets in SVG forms count AAAAAA, BAAAAA, …, which a hash avoids.
    private static string Tag(Font font)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(font.Drawn.AsSpan()));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    // An sfnt's table directory: the table count at byte 4, then 16-byte records from byte 12 whose first four bytes are the tag.
    private static bool HasTable(byte[] font, string tag)
    {
        if (font.Length < 12) return false;
        var count = font[4] << 8 | font[5];
        for (var i = 0; i < count && 12 + i * 16 + 4 <= font.Length; i++)
        {
            var at = 12 + i * 16;
            if (font[at] == tag[0] && font[at + 1] == tag[1] && font[at + 2] == tag[2] && font[at + 3] == tag[3]) return true;
        }
        return false;
    }
}
