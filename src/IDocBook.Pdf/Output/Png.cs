using System.Text;
using IDocBook.Media.Images;

namespace IDocBook.Pdf.Output;

/// <summary>
/// PNGs a PDF can hold without decoding: the IDAT data is already a zlib stream of rows filtered as
/// PDF's /Predictor 15 reads them, so it goes in as /FlateDecode untouched. Only images without
/// transparency (no alpha channel, no tRNS) and without interlacing qualify, at 8 bits or fewer per
/// channel: gray, RGB, and palette images (as /Indexed). The rest is decoded as before.
/// </summary>
internal static class Png
{
    /// <returns>The image as it is in the file, or null when it has to be decoded.</returns>
    public static RasterImage? PassThrough(byte[] data)
    {
        if (PngLayout.Read(data) is not { Interlaced: false, HasTransparency: false } png) return null;
        var (space, colours) = png switch
        {
            { ColourType: 0, Depth: 1 or 2 or 4 or 8 } => ("/DeviceGray", 1),
            { ColourType: 2, Depth: 8 } => ("/DeviceRGB", 3),
            { ColourType: 3, Depth: 1 or 2 or 4 or 8, Palette: { Length: >= 3 } palette } when palette.Length / 3 <= 1 << png.Depth => (Indexed(palette), 1),
            _ => ((string?)null, 0),
        };
        if (space is null) return null;
        string width = PdfText.Number(png.Width), depth = PdfText.Number(png.Depth);
        var entries = $"/Type /XObject /Subtype /Image /Width {width} /Height {PdfText.Number(png.Height)} /ColorSpace {space} /BitsPerComponent {depth}"
            + $" /Interpolate true /Filter /FlateDecode /DecodeParms <</Predictor 15 /Colors {PdfText.Number(colours)} /BitsPerComponent {depth} /Columns {width}>>";
        return new RasterImage(entries, PngLayout.ImageData(data), null, png.Width, png.Height);
    }

    private static string Indexed(byte[] palette)
    {
        var hex = new StringBuilder("[/Indexed /DeviceRGB ").Append(PdfText.Number(palette.Length / 3 - 1)).Append(" <");
        hex.Append(Convert.ToHexString(palette));
        return hex.Append(">]").ToString();
    }
}
