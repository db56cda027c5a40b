using System.Buffers.Binary;
using System.IO.Compression;

namespace IDocBook.Media.Images;

/// <summary>
/// Reads a non-interlaced PNG one row at a time as premultiplied RGBA. Skia's PNG codec in this
/// SkiaSharp build cannot decode by scanlines (it answers Unimplemented), and a full decode of a
/// 20000×20000 image needs 1.6 GB; PNG is simple enough (zlib plus five row filters) to stream
/// here, which keeps memory at two rows.
/// </summary>
internal sealed class PngRows : IDisposable
{
    private readonly ZLibStream _zlib;
    private readonly int _channels, _depth, _colourType, _bytesPerPixel;
    private readonly byte[] _palette = new byte[256 * 4];
    private byte[] _previous, _current;

    public int Width { get; }
    public int Height { get; }

    private PngRows(byte[] png, int width, int height, int depth, int colourType)
    {
        Width = width;
        Height = height;
        _depth = depth;
        _colourType = colourType;
        _channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        _bytesPerPixel = Math.Max(1, _channels * depth / 8);
        var rowBytes = (int)(((long)width * _channels * depth + 7) / 8);
        _previous = new byte[rowBytes];
        _current = new byte[rowBytes];
        ReadPalette(png);
        _zlib = new ZLibStream(new IdatStream(png), CompressionMode.Decompress);
    }

    /// <summary>A row reader, or null with the reason when this PNG cannot be streamed.</summary>
    public static PngRows? Open(byte[] png, out string? why)
    {
        why = null;
        if (png.Length < 33 || BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(12)) != 0x49484452) { why = "has no PNG header"; return null; }
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        int depth = png[24], colourType = png[25], interlace = png[28];
        if (interlace != 0) { why = "is too large to decode whole, and interlaced PNGs cannot be read row by row"; return null; }
        var valid = colourType switch { 0 => depth is 1 or 2 or 4 or 8 or 16, 3 => depth is 1 or 2 or 4 or 8, 2 or 4 or 6 => depth is 8 or 16, _ => false };
        if (!valid || width <= 0 || height <= 0) { why = "has an invalid PNG header"; return null; }
        return new PngRows(png, width, height, depth, colourType);
    }

    /// <summary>Fills <paramref name="rgba"/> (Width × 4 bytes) with the next row; false when the data ends early.</summary>
    public bool Next(Span<byte> rgba)
    {
        Span<byte> filter = stackalloc byte[1];
        try
        {
            if (_zlib.ReadAtLeast(filter, 1, throwOnEndOfStream: false) < 1) return false;
            if (_zlib.ReadAtLeast(_current, _current.Length, throwOnEndOfStream: false) < _current.Length) return false;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        if (!Unfilter(filter[0])) return false;
        if (_depth == 8 && _colourType is 0 or 2) Opaque(rgba);
        else for (var x = 0; x < Width; x++) Pixel(x, rgba.Slice(x * 4, 4));
        (_previous, _current) = (_current, _previous);
        return true;
    }

    // One loop per filter type: the per-byte work of a 400-million-byte image must stay minimal.
    private bool Unfilter(byte type)
    {
        var row = _current.AsSpan();
        ReadOnlySpan<byte> up = _previous;
        var bpp = _bytesPerPixel;
        switch (type)
        {
            case 0: return true;
            case 1:
                for (var i = bpp; i < row.Length; i++) row[i] += row[i - bpp];
                return true;
            case 2:
                for (var i = 0; i < row.Length; i++) row[i] += up[i];
                return true;
            case 3:
                for (var i = 0; i < row.Length; i++) row[i] += (byte)(((i >= bpp ? row[i - bpp] : 0) + up[i]) >> 1);
                return true;
            case 4:
                for (var i = 0; i < row.Length; i++)
                    row[i] += (byte)(i >= bpp ? Paeth(row[i - bpp], up[i], up[i - bpp]) : up[i]);
                return true;
            default: return false;
        }
    }

    // The common case, grey or RGB at 8 bits, without a call per pixel: huge scans are nearly always these.
    private void Opaque(Span<byte> rgba)
    {
        var row = _current.AsSpan();
        if (_colourType == 0)
            for (int x = 0, o = 0; x < Width; x++, o += 4) { var v = row[x]; rgba[o] = v; rgba[o + 1] = v; rgba[o + 2] = v; rgba[o + 3] = 255; }
        else
            for (int x = 0, i = 0, o = 0; x < Width; x++, i += 3, o += 4) { rgba[o] = row[i]; rgba[o + 1] = row[i + 1]; rgba[o + 2] = row[i + 2]; rgba[o + 3] = 255; }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private void Pixel(int x, Span<byte> rgba)
    {
        byte r, g, b, a = 255;
        switch (_colourType)
        {
            case 0: r = g = b = Sample(x); break;
            case 3:
                var index = Bits(x) * 4;
                (r, g, b, a) = (_palette[index], _palette[index + 1], _palette[index + 2], _palette[index + 3]);
                break;
            case 4: r = g = b = Channel(x, 0); a = Channel(x, 1); break;
            case 2: (r, g, b) = (Channel(x, 0), Channel(x, 1), Channel(x, 2)); break;
            default: (r, g, b, a) = (Channel(x, 0), Channel(x, 1), Channel(x, 2), Channel(x, 3)); break;
        }
        rgba[0] = (byte)(r * a / 255);
        rgba[1] = (byte)(g * a / 255);
        rgba[2] = (byte)(b * a / 255);
        rgba[3] = a;
    }

    // 8- or 16-bit channel c of pixel x; 16-bit samples keep their high byte.
    private byte Channel(int x, int c) => _current[(x * _channels + c) * (_depth / 8)];

    private byte Sample(int x) => _depth >= 8 ? Channel(x, 0) : (byte)(Bits(x) * 255 / ((1 << _depth) - 1));

    private int Bits(int x)
    {
        if (_depth >= 8) return _current[x * (_depth / 8)];
        var bit = x * _depth;
        return (_current[bit / 8] >> (8 - _depth - bit % 8)) & ((1 << _depth) - 1);
    }

    private void ReadPalette(byte[] png)
    {
        for (var i = 0; i < 256; i++) _palette[i * 4 + 3] = 255;
        foreach (var (type, start, length) in IdatStream.Chunks(png))
        {
            if (type == 0x504C5445) // PLTE
                for (var i = 0; i < Math.Min(256, length / 3); i++) png.AsSpan(start + i * 3, 3).CopyTo(_palette.AsSpan(i * 4));
            else if (type == 0x74524E53 && _colourType == 3) // tRNS
                for (var i = 0; i < Math.Min(256, length); i++) _palette[i * 4 + 3] = png[start + i];
        }
    }

    public void Dispose() => _zlib.Dispose();
}
