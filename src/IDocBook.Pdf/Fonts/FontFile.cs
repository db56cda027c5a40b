using HarfBuzzSharp;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// A font file opened only to ask which characters it has: HarfBuzz maps the file rather than reading
/// it, so a 15 MB CJK font costs next to nothing until it is subset. Collections (.ttc) are read at
/// their first face.
/// </summary>
internal sealed class FontFile : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Font _font;

    private FontFile(string path, Blob blob, Face face, Font font)
    {
        Path = path;
        _blob = blob;
        _face = face;
        _font = font;
        Kind = Has('一') ? FaceKind.Cjk : Has('a') ? FaceKind.Latin : FaceKind.Other;
    }

    public string Path { get; }
    public FaceKind Kind { get; }
    public int GlyphCount => _face.GlyphCount;

    /// <summary>PostScript (CFF) outlines rather than TrueType ones.</summary>
    public bool IsCff => _face.Tables.Any(t => t.ToString() is "CFF " or "CFF2");

    /// <summary>The file, or null when it is not a font HarfBuzz can read (no glyphs, no cmap).</summary>
    public static FontFile? Open(string path)
    {
        Blob? blob = null;
        try
        {
            blob = Blob.FromFile(path);
            var face = new Face(blob, 0);
            if (face.GlyphCount == 0)
            {
                face.Dispose();
                blob.Dispose();
                return null;
            }
            var font = new Font(face);
            font.SetFunctionsOpenType();
            return new FontFile(path, blob, face, font);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            blob?.Dispose();
            return null;
        }
    }

    public bool Has(int codePoint) => _font.TryGetNominalGlyph((uint)codePoint, out var glyph) && glyph != 0;

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
