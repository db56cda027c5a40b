using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace IDocBook.Tests.Support;

/// <summary>
/// Image files made in code: PNGs written by hand (so a test can claim any size in the header, or
/// stream 400 MB of rows without holding them), BMPs by hand (Skia cannot encode BMP), others by Skia.
/// </summary>
internal static class TestImages
{
    /// <summary>A grey PNG whose rows are streamed through zlib; <paramref name="rows"/> limits how many are written (a truncated or lying file).</summary>
    public static byte[] GreyPng(int width, int height, int? rows = null, CompressionLevel level = CompressionLevel.Fastest, Func<int, int, byte>? pixel = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), no interlace
        Chunk(output, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
            {
                var row = new byte[width + 1];
                for (var y = 0; y < (rows ?? height); y++)
                {
                    if (pixel is not null) for (var x = 0; x < width; x++) row[x + 1] = pixel(x, y);
                    else row.AsSpan(1).Fill((byte)(y * 255 / Math.Max(1, height - 1)));
                    zlib.Write(row);
                }
            }
            Chunk(output, "IDAT", compressed.ToArray());
        }
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A PNG of any colour type and depth from its filtered rows (each opening with its filter byte), as one IDAT chunk.</summary>
    public static byte[] Png(int width, int height, int depth, int colourType, byte[] rows, byte[]? palette = null, byte[]? transparency = null, bool interlace = false)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9], header[12]) = ((byte)depth, (byte)colourType, (byte)(interlace ? 1 : 0));
        Chunk(file, "IHDR", header);
        if (palette is not null) Chunk(file, "PLTE", palette);
        if (transparency is not null) Chunk(file, "tRNS", transparency);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(rows);
            Chunk(file, "IDAT", compressed.ToArray());
        }
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>A 24-bit bottom-up BMP of one colour.</summary>
    public static byte[] Bmp(int width, int height, byte r, byte g, byte b)
    {
        var stride = (width * 3 + 3) & ~3;
        var data = new byte[54 + stride * height];
        "BM"u8.CopyTo(data);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(2), data.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(28), 24);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var at = 54 + y * stride + x * 3;
                (data[at], data[at + 1], data[at + 2]) = (b, g, r);
            }
        return data;
    }

    /// <summary>A one-colour image encoded by Skia (PNG, JPEG or WebP).</summary>
    public static byte[] Encoded(SKEncodedImageFormat format, int width, int height, SKColor colour)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static SKColor PixelOf(byte[] encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return bitmap.GetPixel(x, y);
    }

    public static (int Width, int Height) SizeOf(byte[] encoded)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(encoded));
        return (codec.Info.Width, codec.Info.Height);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
