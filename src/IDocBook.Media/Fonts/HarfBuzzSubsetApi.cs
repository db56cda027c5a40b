using System.Runtime.InteropServices;

namespace IDocBook.Media.Fonts;

/// <summary>
/// hb-subset entry points. HarfBuzzSharp wraps shaping but not subsetting, yet its native library exports
/// the hb_subset_* symbols, so we bind them here rather than ship a second HarfBuzz.
/// </summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_memory_mode_t: HarfBuzz reads the caller's memory in place, never writes or frees it.</summary>
    internal const int MemoryModeReadOnly = 1;

    [LibraryImport(Library)]
    internal static partial IntPtr hb_blob_create_or_fail(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    internal static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    internal static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    internal static partial uint hb_face_get_glyph_count(IntPtr face);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    internal static partial void hb_subset_input_destroy(IntPtr input);

    /// <summary>Returns the input's own set: not referenced, so never destroyed by the caller.</summary>
    [LibraryImport(Library)]
    internal static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    internal static partial void hb_set_add(IntPtr set, uint codepoint);

    /// <summary>hb_subset_sets_t values for <see cref="hb_subset_input_set"/>.</summary>
    internal const int SetGlyphIndex = 0, SetDropTableTag = 3;

    /// <summary>Returns one of the input's own sets (see <see cref="SetGlyphIndex"/>): not referenced, so never destroyed by the caller.</summary>
    [LibraryImport(Library)]
    internal static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    /// <summary>hb_subset_flags_t: glyphs keep their ids, the ones dropped become empty.</summary>
    internal const uint FlagRetainGids = 0x2;

    [LibraryImport(Library)]
    internal static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_subset_or_fail(IntPtr sourceFace, IntPtr input);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_set_create();

    [LibraryImport(Library)]
    internal static partial void hb_set_destroy(IntPtr set);

    [LibraryImport(Library)]
    internal static partial uint hb_set_get_population(IntPtr set);

    [LibraryImport(Library)]
    internal static partial void hb_face_collect_unicodes(IntPtr face, IntPtr set);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static partial bool hb_set_has(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    internal static partial IntPtr hb_face_reference_table(IntPtr face, uint tag);

    [LibraryImport(Library)]
    internal static partial uint hb_blob_get_length(IntPtr blob);
}
