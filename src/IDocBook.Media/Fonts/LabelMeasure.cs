using System.Text;
using HarfBuzzSharp;
using IDocBook.Core.Diagrams;
using IDocBook.Core.Text;
using Buffer = HarfBuzzSharp.Buffer;

namespace IDocBook.Media.Fonts;

/// <summary>
/// Measures diagram labels with HarfBuzz in the label fonts (<see cref="BundledFonts.LabelChain"/>),
/// with the PDF typesetter's rules: each character in the first font of the chain that has it,
/// CJK runs shaped as Chinese, the rest with the script HarfBuzz finds and English. The fonts are
/// read in place (memory-mapped), once per process; safe to call from several threads at once.
/// </summary>
public sealed class LabelMeasure : ITextMeasure
{
    private static readonly Lazy<LabelMeasure> Shared = new(() => new LabelMeasure(BundledFonts.LabelChain(false), BundledFonts.LabelChain(true)));
    private static readonly Language Chinese = new("zh");
    private static readonly Language English = new("en");

    [ThreadStatic] private static Buffer? t_buffer;

    private readonly Face[] _regular, _bold;

    private LabelMeasure(IReadOnlyList<string> regular, IReadOnlyList<string> bold)
    {
        var faces = regular.Concat(bold).Distinct(StringComparer.Ordinal).ToDictionary(p => p, Face.Open, StringComparer.Ordinal);
        _regular = [.. regular.Select(p => faces[p])];
        _bold = [.. bold.Select(p => faces[p])];
        _regular[0].Font.TryGetHorizontalFontExtents(out var extents);
        Ascent = extents.Ascender / (float)_regular[0].UnitsPerEm;
        Descent = -extents.Descender / (float)_regular[0].UnitsPerEm;
    }

    /// <summary>The bundled label fonts; throws <see cref="FileNotFoundException"/> when they are not installed.</summary>
    public static LabelMeasure Bundled => Shared.Value;

    /// <summary>
    /// The bundled label fonts, opened when a label is first measured: most books have no diagram, and
    /// opening the label chain (two 10 MB CJK faces among them) cost every build of the realistic book
    /// a few percent of its time (dotnet-stack samples in <c>hb_blob_create_from_file</c>). Throws
    /// <see cref="FileNotFoundException"/> now, not later, when the fonts are not installed.
    /// </summary>
    public static ITextMeasure Deferred()
    {
        _ = BundledFonts.LabelChain(false);
        _ = BundledFonts.LabelChain(true);
        return new DeferredMeasure();
    }

    private sealed class DeferredMeasure : ITextMeasure
    {
        public float Width(string text, float size, bool bold) => Bundled.Width(text, size, bold);

        public float Ascent => Bundled.Ascent;

        public float Descent => Bundled.Descent;
    }

    public float Ascent { get; }

    public float Descent { get; }

    public float Width(string text, float size, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chain = bold ? _bold : _regular;
        var buffer = t_buffer ??= new Buffer();
        var width = 0f;
        var start = 0;
        Face? face = null;
        var wide = false;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var own = chain.FirstOrDefault(f => f.Font.TryGetNominalGlyph((uint)rune.Value, out var glyph) && glyph != 0) ?? chain[0];
            var ownWide = Cjk.IsWide(rune.Value);
            if (face is not null && (own != face || ownWide != wide))
            {
                width += Shape(buffer, face, text.AsSpan(start, i - start), wide, size);
                start = i;
            }
            face = own;
            wide = ownWide;
            i += length;
        }
        if (face is not null) width += Shape(buffer, face, text.AsSpan(start), wide, size);
        return width;
    }

    private static float Shape(Buffer buffer, Face face, ReadOnlySpan<char> text, bool wide, float size)
    {
        buffer.ClearContents();
        buffer.ContentType = ContentType.Unicode;
        buffer.Direction = Direction.LeftToRight;
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        buffer.AddUtf16(text);
        if (wide)
        {
            buffer.Script = Script.Han;
            buffer.Language = Chinese;
        }
        else
        {
            buffer.GuessSegmentProperties();
            buffer.Language = English;
        }
        face.Font.Shape(buffer);
        var total = 0;
        foreach (var position in buffer.GetGlyphPositionSpan()) total += position.XAdvance;
        return total * size / face.UnitsPerEm;
    }

    private sealed class Face(HarfBuzzSharp.Font font, int unitsPerEm)
    {
        public HarfBuzzSharp.Font Font { get; } = font;
        public int UnitsPerEm { get; } = unitsPerEm;

        public static Face Open(string path)
        {
            // The blob maps the file: HarfBuzz reads tables from it lazily, and the process keeps it open.
            var blob = Blob.FromFile(path);
            var face = new HarfBuzzSharp.Face(blob, 0);
            var font = new HarfBuzzSharp.Font(face);
            font.SetFunctionsOpenType();
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            return new Face(font, face.UnitsPerEm);
        }
    }
}
