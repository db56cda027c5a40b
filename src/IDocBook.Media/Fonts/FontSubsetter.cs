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
    /// <summary>Subsets the font file at <paramref name="fontPath"/> (memory-mapped: only the tables and glyphs read are paged in).</summary>
    /// <returns>An sfnt font with .notdef plus the glyphs reachable from <paramref name="codePoints"/>.</returns>
    public static byte[] Subset(string fontPath, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(fontPath);
        var wanted = Validate(codePoints);
        if (!File.Exists(fontPath))
        {
            throw new FileNotFoundException($"Font to subset not found: '{fontPath}'.", fontPath);
        }

        using var file = MappedFont.Open(fontPath) ?? throw new IOException($"HarfBuzz could not read font file '{fontPath}'.");
        return SubsetBlob(file.Blob, fontPath, Unicodes(wanted));
    }

    /// <summary>Subsets a font held in memory.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        var wanted = Validate(codePoints);
        return WithBlob(font, blob => SubsetBlob(blob, "font bytes", Unicodes(wanted)));
    }

    /// <summary>
    /// Cuts a font held in memory down to <paramref name="glyphs"/> for embedding in a PDF. Glyph ids are
    /// kept (the PDF's text already names glyphs by id), and the layout tables are dropped: the text is
    /// shaped already, and keeping GSUB would also keep every alternate reachable from the glyphs.
    /// </summary>
    public static byte[] SubsetGlyphs(byte[] font, IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(glyphs);
        uint[] wanted = [.. glyphs.Select(g => (uint)g)];
        return WithBlob(font, blob => SubsetBlob(blob, "font bytes", input =>
        {
            var set = hb_subset_input_set(input, SetGlyphIndex);
            foreach (var glyph in wanted) hb_set_add(set, glyph);
            var drop = hb_subset_input_set(input, SetDropTableTag);
            foreach (var tag in (ReadOnlySpan<string>)["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH"]) hb_set_add(drop, Tag(tag));
            hb_subset_input_set_flags(input, FlagRetainGids);
        }));
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

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

    private static Action<IntPtr> Unicodes(uint[] codePoints) => input =>
    {
        var unicodes = hb_subset_input_unicode_set(input);
        foreach (var cp in codePoints) hb_set_add(unicodes, cp);
    };

    private static byte[] SubsetBlob(IntPtr blob, string source, Action<IntPtr> describe)
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
            describe(input);

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
