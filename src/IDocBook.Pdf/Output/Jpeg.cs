using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// JPEGs a PDF can hold as they are (/DCTDecode): no decoding, no loss, no growth. Only 8-bit gray
/// or colour images drawn upright qualify; CMYK and rotated (EXIF) ones are decoded instead.
/// </summary>
internal static class Jpeg
{
    internal readonly record struct Frame(int Width, int Height, int Components);

    /// <returns>The frame header of a JPEG that can pass through; null for anything else.</returns>
    public static Frame? Passable(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return null;
        var at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF) return null;
            var marker = data[at + 1];
            if (marker == 0xFF) { at++; continue; }
            var length = data[at + 2] << 8 | data[at + 3];
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) hold the frame: precision, height, width, components.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 10 > data.Length) return null;
                int precision = data[at + 4], height = data[at + 5] << 8 | data[at + 6], width = data[at + 7] << 8 | data[at + 8], components = data[at + 9];
                // Arithmetic coding (C9–CF) and lossless (C3, C7) are legal JPEG that PDF readers rarely decode.
                if (precision != 8 || components is not (1 or 3) || marker is 0xC3 or 0xC7 or >= 0xC9 || width == 0 || height == 0) return null;
                return Upright(data) ? new Frame(width, height, components) : null;
            }
            at += 2 + length;
        }
        return null;
    }

    public static RasterImage PassThrough(byte[] data, Frame frame)
    {
        var entries = $"/Type /XObject /Subtype /Image /Width {PdfText.Number(frame.Width)} /Height {PdfText.Number(frame.Height)}"
            + $" /ColorSpace {(frame.Components == 1 ? "/DeviceGray" : "/DeviceRGB")} /BitsPerComponent 8 /Interpolate true /Filter /DCTDecode";
        return new RasterImage(entries, data, null, frame.Width, frame.Height);
    }

    // Skia draws a JPEG turned as its EXIF orientation says; the PDF would show it unturned.
    private static bool Upright(byte[] data)
    {
        using var encoded = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(encoded);
        return codec is not null && codec.EncodedOrigin == SKEncodedOrigin.TopLeft;
    }
}
