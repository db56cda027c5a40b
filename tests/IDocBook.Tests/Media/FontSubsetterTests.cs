using HarfBuzzSharp;
using IDocBook.Media.Fonts;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Media;

public sealed class FontSubsetterTests
{
    private const string Sample = "容器镜像Docker";

    private static int[] CodePoints(string text) =>
        [.. text.EnumerateRunes().Select(r => r.Value)];

    [Fact]
    public void Subset_keeps_only_the_requested_glyphs()
    {
        var full = File.ReadAllBytes(BundledFonts.Serif);

        var subset = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample));

        // 10 distinct characters + .notdef; a little slack for glyphs pulled in through GSUB closure.
        FontSubsetter.GlyphCount(full).ShouldBeGreaterThan(30_000);
        FontSubsetter.GlyphCount(subset).ShouldBeInRange(11, 20);
        subset.Length.ShouldBeLessThan(full.Length / 100);
    }

    [Fact]
    public void Subset_still_maps_every_requested_character()
    {
        var subset = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample));

        using var font = OpenFont(subset);
        foreach (var cp in CodePoints(Sample))
        {
            font.TryGetGlyph((uint)cp, out var glyph).ShouldBeTrue($"U+{cp:X4} is not mapped");
            glyph.ShouldNotBe(0u, $"U+{cp:X4} maps to .notdef");
        }
        font.TryGetGlyph('书', out _).ShouldBeFalse("a character that was not asked for survived");
    }

    [Fact]
    public void Subset_is_a_TrueType_font_with_layout_tables()
    {
        var subset = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample));

        using var blob = Blob.FromStream(new MemoryStream(subset));
        using var face = new Face(blob, 0);
        var tags = face.Tables.Select(t => t.ToString()).ToArray();
        tags.ShouldContain("glyf");
        tags.ShouldNotContain("CFF ");
        tags.ShouldContain("cmap");
        tags.ShouldContain("GPOS");
    }

    [Fact]
    public void A_glyph_subset_keeps_glyph_ids_and_only_those_outlines_and_no_layout_tables()
    {
        var book = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample));
        using var source = OpenFont(book);
        source.TryGetGlyph('容', out var kept).ShouldBeTrue();
        source.TryGetGlyph('镜', out var dropped).ShouldBeTrue();

        var embedded = FontSubsetter.SubsetGlyphs(book, [0, (ushort)kept]);

        // The PDF names glyphs by id, so ids stay put; dropped glyphs are left empty.
        FontSubsetter.GlyphCount(embedded).ShouldBeGreaterThan((int)kept);
        using var font = OpenFont(embedded);
        font.TryGetGlyphExtents(kept, out var keptBox).ShouldBeTrue();
        keptBox.Width.ShouldBeGreaterThan(0);
        font.TryGetGlyphExtents(dropped, out var droppedBox);
        droppedBox.Width.ShouldBe(0);
        using var blob = Blob.FromStream(new MemoryStream(embedded));
        using var face = new Face(blob, 0);
        face.Tables.Select(t => t.ToString()).ShouldNotContain("GSUB");
    }

    [Fact]
    public void Subset_is_deterministic_and_the_same_from_file_or_bytes()
    {
        var first = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample));
        var second = FontSubsetter.Subset(BundledFonts.Serif, CodePoints(Sample).Reverse());
        var fromBytes = FontSubsetter.Subset(File.ReadAllBytes(BundledFonts.Serif), CodePoints(Sample));

        second.ShouldBe(first);
        fromBytes.ShouldBe(first);
    }

    [Fact]
    public void Subset_is_safe_to_run_in_parallel()
    {
        var expected = FontSubsetter.Subset(BundledFonts.SansBold, CodePoints(Sample));

        var results = new byte[8][];
        Parallel.For(0, results.Length, i =>
            results[i] = FontSubsetter.Subset(BundledFonts.SansBold, CodePoints(Sample)));

        foreach (var result in results)
        {
            result.ShouldBe(expected);
        }
    }

    [Fact]
    public void Subset_rejects_what_is_not_a_font_or_not_a_code_point()
    {
        Should.Throw<InvalidDataException>(() => FontSubsetter.Subset("not a font"u8.ToArray(), [0x41]));
        Should.Throw<ArgumentOutOfRangeException>(() => FontSubsetter.Subset(BundledFonts.Mono, [0x110000]));
        Should.Throw<FileNotFoundException>(() => FontSubsetter.Subset("/nonexistent/font.ttf", [0x41]));
    }

    private static HarfBuzzSharp.Font OpenFont(byte[] bytes)
    {
        // Blob.FromStream copies, so the font stays valid after this method returns.
        using var blob = Blob.FromStream(new MemoryStream(bytes));
        using var face = new Face(blob, 0);
        return new HarfBuzzSharp.Font(face);
    }
}
