using System.Buffers.Binary;

namespace IDocBook.Media.Images;

/// <summary>
/// What a PNG's chunks say without decoding a pixel: the header, the palette, whether it carries
/// transparency (a tRNS chunk), and the compressed image data (the IDAT chunks joined: one zlib
/// stream of filtered rows, which a PDF can hold as it is).
/// </summary>
public sealed record PngLayout(int Width, int Height, int Depth, int ColourType, bool Interlaced, byte[]? Palette, bool HasTransparency)
{
    private const int Ihdr = 0x49484452, Plte = 0x504C5445, Trns = 0x74524E53, Idat = 0x49444154;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The layout of <paramref name="png"/>, or null when it is no PNG or its header is damaged.</summary>
    public static PngLayout? Read(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(12)) != Ihdr) return null;
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        if (width <= 0 || height <= 0) return null;
        byte[]? palette = null;
        var transparency = false;
        foreach (var (type, start, length) in IdatStream.Chunks(png))
        {
            if (type == Plte && palette is null) palette = png.AsSpan(start, length - length % 3).ToArray();
            else if (type == Trns) transparency = true;
        }
        return new PngLayout(width, height, png[24], png[25], png[28] != 0, palette, transparency);
    }

    /// <summary>The IDAT chunks' data, joined.</summary>
    public static byte[] ImageData(byte[] png)
    {
        var chunks = IdatStream.Chunks(png).Where(c => c.Type == Idat).ToList();
        var data = new byte[chunks.Sum(c => (long)c.Length)];
        var at = 0;
        foreach (var (_, start, length) in chunks)
        {
            png.AsSpan(start, length).CopyTo(data.AsSpan(at));
            at += length;
        }
        return data;
    }
}
