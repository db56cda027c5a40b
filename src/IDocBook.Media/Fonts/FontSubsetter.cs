using static IDocBook.Media.Fonts.HarfBuzzSubsetApi;

namespace IDocBook.Media.Fonts;

/// <summary>
/// Cuts a font down to the glyphs a book uses, with HarfBuzz's hb-subset.
/// </summary>
/// <remarks>
/// Skia embeds whole font files in PDFs (a CJK font is 10–15 MB), so the PDF writer collects the book's
/// characters, subsets once, and loads the result with <c>SKTypeface.FromData</c>. The default subset plan
/// keeps GSUB/GPOS for the kept glyphs, so the subset still shapes like the original. Every call builds its
/// own HarfBuzz objects, so calls may run in parallel; hb-subset is deterministic, so equal inputs give
/// equal bytes.
/// </remarks>
public static class FontSubsetter
{
    /// <summary>Subsets the font file at <paramref name="fontPath"/> (memory-mapped, not read whole).</summary>
    /// <returns>An sfnt font with .notdef plus the glyphs reachable from <paramref name="codePoints"/>.</returns>
    public static byte[] Subset(string fontPath, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(fontPath);
        var wanted = Validate(codePoints);
        if (!File.Exists(fontPath))
        {
            throw new FileNotFoundException($"Font to subset not found: '{fontPath}'.", fontPath);
        }

        var blob = hb_blob_create_from_file_or_fail(fontPath);
        if (blob == IntPtr.Zero)
        {
            throw new IOException($"HarfBuzz could not read font file '{fontPath}'.");
        }
        try
        {
            return SubsetBlob(blob, wanted, fontPath);
        }
        finally
        {
            hb_blob_destroy(blob);
        }
    }

    /// <summary>Subsets a font held in memory.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        var wanted = Validate(codePoints);
        return WithBlob(font, blob => SubsetBlob(blob, wanted, "font bytes"));
    }

    /// <summary>Number of glyphs in a font (0 when the bytes are not a font).</summary>
    public static int GlyphCount(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        return WithBlob(font, blob =>
        {
            var face = hb_face_create(blob, 0);
            try
            {
                return (int)hb_face_get_glyph_count(face);
            }
            finally
            {
                hb_face_destroy(face);
            }
        });
    }

    // Checked before any native object exists, so a bad argument cannot leak a handle.
    private static uint[] Validate(IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var result = new List<uint>();
        foreach (var cp in codePoints)
        {
            if (cp is < 0 or > 0x10FFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoints), cp, "Not a Unicode code point.");
            }
            result.Add((uint)cp);
        }
        return [.. result];
    }

    // The bytes stay pinned for as long as any HarfBuzz object may read them: the result is copied out
    // before the pin is released, because the subset face can share tables with the source blob.
    private static unsafe T WithBlob<T>(byte[] font, Func<IntPtr, T> use)
    {
        fixed (byte* data = font)
        {
            var blob = hb_blob_create_or_fail((IntPtr)data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            if (blob == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not wrap the font bytes (out of memory?).");
            }
            try
            {
                return use(blob);
            }
            finally
            {
                hb_blob_destroy(blob);
            }
        }
    }

    private static byte[] SubsetBlob(IntPtr blob, uint[] codePoints, string source)
    {
        var face = hb_face_create(blob, 0);
        var input = IntPtr.Zero;
        var subsetFace = IntPtr.Zero;
        var resultBlob = IntPtr.Zero;
        try
        {
            // hb_face_create never fails; an unreadable font shows up as a face without glyphs.
            if (hb_face_get_glyph_count(face) == 0)
            {
                throw new InvalidDataException($"Not a font, or a font without glyphs: {source}.");
            }

            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not create a subset input (out of memory?).");
            }
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints)
            {
                hb_set_add(unicodes, cp);
            }

            subsetFace = hb_subset_or_fail(face, input);
            if (subsetFace == IntPtr.Zero)
            {
                throw new InvalidDataException($"HarfBuzz could not subset {source}.");
            }

            resultBlob = hb_face_reference_blob(subsetFace);
            return CopyBlob(resultBlob);
        }
        finally
        {
            if (resultBlob != IntPtr.Zero) hb_blob_destroy(resultBlob);
            if (subsetFace != IntPtr.Zero) hb_face_destroy(subsetFace);
            if (input != IntPtr.Zero) hb_subset_input_destroy(input);
            hb_face_destroy(face);
        }
    }

    private static unsafe byte[] CopyBlob(IntPtr blob)
    {
        var data = hb_blob_get_data(blob, out var length);
        if (data == IntPtr.Zero || length == 0)
        {
            throw new InvalidDataException("HarfBuzz produced an empty subset font.");
        }
        return new ReadOnlySpan<byte>((void*)data, checked((int)length)).ToArray();
    }
}
