using System.Runtime.InteropServices;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The book's images as PDF XObjects, each written once however many pages show it: JPEGs as they
/// are (/DCTDecode), opaque PNGs with their compressed rows as they are (/FlateDecode with the PNG
/// predictor), other rasters decoded by Skia and deflated, SVG as vector forms.
/// </summary>
internal sealed class ImageObjects
{
    /// <summary>How a page draws one image: its resource name, and for a form the size it was drawn at.</summary>
    internal sealed record Drawn(string Name, float Width, float Height, bool IsForm);

    // Keyed by the image's bytes, not the array: boxes that watch reuses from an earlier build
    // hold that build's arrays, and two files with the same bytes need one object.
    private readonly Dictionary<byte[], Drawn?> _drawn;

    private ImageObjects(Dictionary<byte[], Drawn?> drawn) => _drawn = drawn;

    /// <summary>How to draw <paramref name="data"/>; null when it could not be decoded (the page draws an empty frame).</summary>
    public Drawn? For(byte[] data) => _drawn[data];

    /// <summary>The /XObject resource dictionary's entries.</summary>
    public string Resources { get; private init; } = "";

    /// <summary>Writes every distinct image of <paramref name="pages"/>, in order of first appearance.</summary>
    public static ImageObjects Write(IEnumerable<Page> pages, SvgFonts? fonts, PdfObjectWriter writer)
    {
        var items = pages.SelectMany(p => p.Items).OfType<ImageItem>()
            .DistinctBy(i => i.Data, SameBytes.Instance).ToArray();
        var isSvg = items.Select(i => string.Equals(i.MediaType, "image/svg+xml", StringComparison.OrdinalIgnoreCase)).ToArray();

        // Decoding and compressing are independent per image; writing stays in order.
        var rasters = items.Select((item, i) => isSvg[i] ? null : Task.Run(() => RasterImage.Encode(item.Data))).ToArray();
        var svgs = items.Where((_, i) => isSvg[i]).Select(i => i.Data).ToArray();
        var forms = new Queue<SvgForms.Form?>(SvgForms.Write(svgs, fonts, writer));

        var drawn = new Dictionary<byte[], Drawn?>(SameBytes.Instance);
        var resources = new System.Text.StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            Drawn? entry = null;
            if (isSvg[i])
            {
                if (forms.Dequeue() is { } form)
                {
                    entry = new Drawn("Fm" + PdfText.Number(i), form.Width, form.Height, IsForm: true);
                    resources.Append('/').Append(entry.Name).Append(' ').Append(PdfText.Ref(form.Number)).Append(' ');
                }
            }
            else if (rasters[i]!.GetAwaiter().GetResult() is { } raster)
            {
                entry = new Drawn("Im" + PdfText.Number(i), 1, 1, IsForm: false);
                resources.Append('/').Append(entry.Name).Append(' ').Append(PdfText.Ref(raster.Write(writer))).Append(' ');
            }
            drawn[items[i].Data] = entry;
        }
        return new ImageObjects(drawn) { Resources = resources.ToString() };
    }
}

/// <summary>Byte arrays as equal when their contents are.</summary>
internal sealed class SameBytes : IEqualityComparer<byte[]>
{
    public static readonly SameBytes Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(byte[] bytes) => (int)System.IO.Hashing.XxHash3.HashToUInt64(bytes);
}

/// <summary>One raster image ready to write: its dictionary entries, its data, and its alpha channel if any.</summary>
internal sealed record RasterImage(string Entries, byte[] Data, byte[]? Alpha, int Width, int Height)
{
    /// <summary>Writes the image (and its soft mask) and returns the image's object number.</summary>
    public int Write(PdfObjectWriter writer)
    {
        var number = writer.Reserve();
        var entries = Entries;
        if (Alpha is not null)
        {
            var mask = writer.Reserve();
            writer.WriteStream(mask, $"/Type /XObject /Subtype /Image /Width {PdfText.Number(Width)} /Height {PdfText.Number(Height)} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", Alpha);
            entries += " /SMask " + PdfText.Ref(mask);
        }
        writer.WriteStream(number, entries, Data);
        return number;
    }

    /// <returns>The image, or null when Skia cannot decode the bytes.</returns>
    public static RasterImage? Encode(byte[] data)
    {
        if (Jpeg.Passable(data) is { } jpeg) return Jpeg.PassThrough(data, jpeg);
        if (Png.PassThrough(data) is { } png) return png;
        using var encoded = SKData.CreateCopy(data);
        using var image = SKImage.FromEncodedData(encoded);
        if (image is null) return null;
        var (w, h) = (image.Width, image.Height);
        var pixels = new byte[w * h * 4];
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            if (!image.ReadPixels(info, handle.AddrOfPinnedObject(), w * 4, 0, 0)) return null;
        }
        finally
        {
            handle.Free();
        }

        var gray = true;
        var opaque = true;
        for (var i = 0; i < pixels.Length && (gray || opaque); i += 4)
        {
            gray &= pixels[i] == pixels[i + 1] && pixels[i] == pixels[i + 2];
            opaque &= pixels[i + 3] == 255;
        }
        var channels = gray ? 1 : 3;
        var color = new byte[w * h * channels];
        var alpha = opaque ? null : new byte[w * h];
        for (int p = 0, i = 0; i < pixels.Length; p++, i += 4)
        {
            if (gray) color[p] = pixels[i];
            else
            {
                color[p * 3] = pixels[i];
                color[p * 3 + 1] = pixels[i + 1];
                color[p * 3 + 2] = pixels[i + 2];
            }
            if (alpha is not null) alpha[p] = pixels[i + 3];
        }
        var entries = $"/Type /XObject /Subtype /Image /Width {PdfText.Number(w)} /Height {PdfText.Number(h)}"
            + $" /ColorSpace {(gray ? "/DeviceGray" : "/DeviceRGB")} /BitsPerComponent 8 /Interpolate true /Filter /FlateDecode";
        return new RasterImage(entries, PdfObjectWriter.Flate(color), alpha is null ? null : PdfObjectWriter.Flate(alpha), w, h);
    }
}
