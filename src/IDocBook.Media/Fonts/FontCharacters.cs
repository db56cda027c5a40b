using static IDocBook.Media.Fonts.HarfBuzzSubsetApi;

namespace IDocBook.Media.Fonts;

/// <summary>What a font file's cmap maps, read without loading the file.</summary>
public static class FontCharacters
{
    /// <returns>The count, or 0 when the file is no font HarfBuzz can read.</returns>
    public static int Count(string fontPath) => With(fontPath, set => (int?)hb_set_get_population(set)) ?? 0;

    /// <summary>Which of <paramref name="codePoints"/> the font's cmap maps; empty when the file is no readable font.</summary>
    public static HashSet<int> Covered(string fontPath, IEnumerable<int> codePoints) =>
        With(fontPath, set => codePoints.Where(cp => cp >= 0 && hb_set_has(set, (uint)cp)).ToHashSet()) ?? [];

    private static T? With<T>(string fontPath, Func<IntPtr, T> read)
    {
        var blob = hb_blob_create_from_file_or_fail(fontPath);
        if (blob == IntPtr.Zero) return default;
        var face = hb_face_create(blob, 0);
        var set = hb_set_create();
        try
        {
            hb_face_collect_unicodes(face, set);
            return read(set);
        }
        finally
        {
            hb_set_destroy(set);
            hb_face_destroy(face);
            hb_blob_destroy(blob);
        }
    }
}
