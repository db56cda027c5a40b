using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using SkiaSharp;

namespace IDocBook.Media.Cover;

/// <summary>
/// An opaque picture as an RGB PNG, drawn a band of rows at a time, so memory stays at one band
/// whatever the size of the picture.
/// </summary>
internal static class BandedPng
{
    private const int BandRows = 128;

    /// <remarks>
    /// Rows carry no filter: flat colour and text compress best that way (measured with Skia's
    /// encoder: 64 KB against 80 KB for its default of trying every filter on every row, in less
    /// than half the time), except that a row equal to the one above is sent as nothing but that.
    /// The same picture always gives the same bytes.
    /// </remarks>
    public static unsafe byte[] Encode(SKPicture picture, int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample; colour type 2 (RGB), deflate, no interlace
        header[9] = 2;
        Chunk(png, "IHDR", header);

        // An explicit colour type keeps the pixels, and so the PNG, independent of the platform default.
        using var band = new SKBitmap(new SKImageInfo(width, BandRows, SKColorType.Rgb888x, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(band);
        // Filter byte 0 (None) before each row's pixels; a row of zeros after filter byte 2 (Up)
        // repeats the row above, which for the first row is black: a first row equal to the zeros of
        // "previous" is black indeed.
        byte[] row = new byte[1 + width * 3], previous = new byte[1 + width * 3], same = new byte[1 + width * 3];
        same[0] = 2;
        // The last row's pixels as Skia drew them: most rows of a flat cover repeat the one above,
        // and comparing them as drawn skips picking the colour bytes out of each pixel.
        var drawn = new byte[width * 4];
        var first = true;
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var top = 0; top < height; top += BandRows)
            {
                canvas.Save();
                canvas.Translate(0, -top);
                canvas.DrawPicture(picture);
                canvas.Restore();
                var pixels = (byte*)band.GetPixels();
                for (var y = 0; y < Math.Min(BandRows, height - top); y++)
                {
                    // Rgb888x holds R, G, B and an unused byte per pixel; the PNG takes the first three.
                    var source = new ReadOnlySpan<byte>(pixels + y * band.RowBytes, width * 4);
                    if (!first && source.SequenceEqual(drawn))
                    {
                        zlib.Write(same);
                        continue;
                    }
                    first = false;
                    source.CopyTo(drawn);
                    for (int x = 0, to = 1; x < width; x++, to += 3)
                        (row[to], row[to + 1], row[to + 2]) = (source[x * 4], source[x * 4 + 1], source[x * 4 + 2]);
                    // A row equal to the one above (most of a flat cover) goes as filter Up: all zeros.
                    if (row.AsSpan(1).SequenceEqual(previous.AsSpan(1)))
                    {
                        zlib.Write(same);
                        continue;
                    }
                    zlib.Write(row);
                    (row, previous) = (previous, row);
                }
            }
        }
        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++) typed[i] = (byte)type[i];
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.HashToUInt32(typed));
        png.Write(number);
    }
}
