namespace IDocBook.Media.Images;

/// <summary>
/// How large an image may be. <see cref="MaxSide"/>: reading systems and print need no more
/// (4096 px is 13.6 inches at 300 dpi, and Apple Books and Kindle scale larger images down anyway),
/// and every pixel beyond it costs download size and reader memory. <see cref="MaxPixels"/>:
/// the point where an image counts as a decompression bomb and is refused. Downscaling decodes a
/// few rows at a time, so memory stays small whatever the size; the limit bounds the decoding time
/// (a 20000×20000 scan still passes, a 100000×100000 header with a 1 MB file does not).
/// </summary>
public static class ImageLimits
{
    public const int MaxSide = 4096;
    public const long MaxPixels = 1L << 29;
}
