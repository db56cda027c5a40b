using System.Globalization;
using System.Xml;
using SkiaSharp;

namespace IDocBook.Pdf.Layout;

/// <summary>An image's intrinsic size in CSS pixels, read without decoding the pixels.</summary>
internal static class ImageSize
{
    public static (float Width, float Height)? Of(string mediaType, byte[] data)
    {
        if (mediaType == "image/svg+xml") return Svg(data);
        try
        {
            using var codec = SKCodec.Create(new MemoryStream(data));
            return codec is null ? null : (codec.Info.Width, codec.Info.Height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    // From the root's width/height, else its viewBox: rendering the SVG to measure it would make
    // the size depend on text metrics, and on fonts the renderer happens to find.
    private static (float, float)? Svg(byte[] data)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
            var viewBox = (reader.GetAttribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(v => float.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : float.NaN).ToArray();
            var box = viewBox.Length == 4 && viewBox[2] > 0 && viewBox[3] > 0 ? (viewBox[2], viewBox[3]) : ((float, float)?)null;
            var width = Length(reader.GetAttribute("width"));
            var height = Length(reader.GetAttribute("height"));
            if (width is { } w && height is { } h) return (w, h);
            if (box is not { } b) return width is { } only ? (only, only) : null;
            if (width is { } w2) return (w2, w2 * b.Item2 / b.Item1);
            if (height is { } h2) return (h2 * b.Item1 / b.Item2, h2);
            return b;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static float? Length(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        var unit = new string([.. value.SkipWhile(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E')]);
        if (!float.TryParse(value[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return unit switch
        {
            "" or "px" => n,
            "pt" => n * 4 / 3,
            "pc" => n * 16,
            "mm" => n * 96 / 25.4f,
            "cm" => n * 96 / 2.54f,
            "in" => n * 96,
            "em" => n * 16,
            _ => null,
        };
    }
}
