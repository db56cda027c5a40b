using System.Buffers.Binary;
using IDocBook.Media.Images;
using IDocBook.Tests.Support;
using Shouldly;
using SkiaSharp;
using Xunit;

namespace IDocBook.Tests.Media;

/// <summary>A kept PNG is proven whole from its chunks and inflated rows, without decoding a pixel; it must refuse what a decoder refuses.</summary>
public class PngProofTests
{
    [Fact]
    public void Whole_pngs_of_every_colour_type_depth_and_interlacing_pass_and_skia_agrees()
    {
        var pngs = new[]
        {
            TestImages.Encoded(SKEncodedImageFormat.Png, 40, 30, SKColors.Teal),
            TestImages.GreyPng(33, 17),
            TestImages.Png(5, 3, 2, 3, [0, 0b00011011, 0b01000000, 1, 0b11100100, 0, 2, 0, 0], palette: [0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]),
            TestImages.Png(2, 2, 16, 2, [0, .. new byte[12], 0, .. new byte[12]]),
            // Interlaced 3×3 RGB: Adam7's passes 1, 2 (none: x starts at 4), 3 (none: y starts at 4), 4, 5, 6 and 7.
            TestImages.Png(3, 3, 8, 2, [.. Row(1), .. Row(1), .. Row(2), .. Row(1), .. Row(1), .. Row(3)], interlace: true),
        };
        foreach (var png in pngs)
        {
            PngProof.Check(png).ShouldBeNull();
            using var bitmap = SKBitmap.Decode(png);
            bitmap.ShouldNotBeNull();
        }

        static byte[] Row(int pixels) => [0, .. new byte[pixels * 3]];
    }

    [Fact]
    public void A_flipped_bit_in_the_image_data_is_damage()
    {
        var png = TestImages.GreyPng(64, 64);
        png[IdatData(png) + 5] ^= 0x10;

        PngProof.Check(png).ShouldNotBeNull().ShouldContain("checksum");
    }

    [Fact]
    public void A_bad_checksum_on_an_ancillary_chunk_is_not_damage_as_readers_skip_the_chunk()
    {
        var png = TestImages.Png(1, 1, 8, 0, [0, 7]);
        // A tEXt chunk whose checksum is wrong, before IEND (the last 12 bytes).
        byte[] text = [0, 0, 0, 1, (byte)'t', (byte)'E', (byte)'X', (byte)'t', (byte)'x', 0, 0, 0, 0];
        var patched = png[..^12].Concat(text).Concat(png[^12..]).ToArray();

        PngProof.Check(patched).ShouldBeNull();
    }

    [Fact]
    public void A_file_cut_short_is_truncated_and_rows_missing_from_whole_chunks_are_too()
    {
        var png = TestImages.GreyPng(64, 64, level: System.IO.Compression.CompressionLevel.NoCompression);
        PngProof.Check(png[..(png.Length / 2)]).ShouldNotBeNull().ShouldContain("truncated");
        PngProof.Check(TestImages.GreyPng(32, 32, rows: 10)).ShouldNotBeNull().ShouldContain("truncated");
    }

    [Fact]
    public void A_row_with_an_unknown_filter_is_damage()
    {
        var png = TestImages.Png(2, 2, 8, 0, [0, 1, 2, 9, 3, 4]);

        PngProof.Check(png).ShouldNotBeNull().ShouldContain("filter");
        SKBitmap.Decode(png).ShouldBeNull();
    }

    [Fact]
    public void A_palette_image_without_a_palette_is_damage() =>
        PngProof.Check(TestImages.Png(1, 1, 8, 3, [0, 0])).ShouldNotBeNull().ShouldContain("colour type");

    // Where the first IDAT chunk's data starts.
    private static int IdatData(byte[] png)
    {
        var at = 8;
        while (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at + 4)) != 0x49444154) at += 12 + BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
        return at + 8;
    }
}
