using static IDocBook.Media.Fonts.HarfBuzzSubsetApi;

namespace IDocBook.Media.Fonts;

/// <summary>How many characters a font file's cmap maps, read without loading the file (for <c>idocbook fonts</c>).</summary>
public static class FontCharacters
{
    /// <returns>The count, or 0 when the file is no font HarfBuzz can read.</returns>
    public static int Count(string fontPath)
    {
        var blob = hb_blob_create_from_file_or_fail(fontPath);
        if (blob == IntPtr.Zero) return 0;
        var face = hb_face_create(blob, 0);
        var set = hb_set_create();
        try
        {
            hb_face_collect_unicodes(face, set);
            return (int)hb_set_get_population(set);
        }
        finally
        {
            hb_set_destroy(set);
            hb_face_destroy(face);
            hb_blob_destroy(blob);
        }
    }
}
