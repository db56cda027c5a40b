using static IDocBook.Media.Fonts.HarfBuzzSubsetApi;

namespace IDocBook.Media.Fonts;

/// <summary>
/// A font file's character map, read through HarfBuzz from the memory-mapped file (<see cref="MappedFont"/>): asking which
/// characters a 15 MB CJK font has reads its cmap pages and nothing else. Collections (.ttc) are read
/// at their first face. Not thread-safe; dispose to unmap.
/// </summary>
public sealed class FontCmap : IDisposable
{
    private readonly MappedFont _file;
    private IntPtr _face, _set;

    private FontCmap(MappedFont file, IntPtr face, IntPtr set) => (_file, _face, _set) = (file, face, set);

    /// <summary>The file's cmap, or null when it is not a font HarfBuzz can read (no glyphs).</summary>
    public static FontCmap? Open(string fontPath)
    {
        var file = MappedFont.Open(fontPath);
        if (file is null) return null;
        var face = hb_face_create(file.Blob, 0);
        if (hb_face_get_glyph_count(face) == 0)
        {
            hb_face_destroy(face);
            file.Dispose();
            return null;
        }
        var set = hb_set_create();
        hb_face_collect_unicodes(face, set);
        return new FontCmap(file, face, set);
    }

    public bool Has(int codePoint) => codePoint >= 0 && hb_set_has(_set, (uint)codePoint);

    public int Count => (int)hb_set_get_population(_set);

    /// <summary>PostScript (CFF or CFF2) outlines rather than TrueType ones.</summary>
    public bool IsCff => HasTable("CFF ") || HasTable("CFF2");

    private bool HasTable(string tag)
    {
        var table = hb_face_reference_table(_face, (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]));
        try
        {
            return hb_blob_get_length(table) > 0;
        }
        finally
        {
            hb_blob_destroy(table);
        }
    }

    public void Dispose()
    {
        if (_set == IntPtr.Zero) return;
        hb_set_destroy(_set);
        hb_face_destroy(_face);
        _file.Dispose();
        _set = _face = IntPtr.Zero;
    }
}
