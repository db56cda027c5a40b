using IDocBook.Media.Fonts;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// A font file opened only to ask which characters it has (<see cref="FontCmap"/>), and what it is for:
/// a 15 MB CJK font costs next to nothing until it is subset.
/// </summary>
internal sealed class FontFile : IDisposable
{
    private readonly FontCmap _cmap;

    private FontFile(string path, FontCmap cmap)
    {
        Path = path;
        _cmap = cmap;
        Kind = Has('一') ? FaceKind.Cjk : Has('a') ? FaceKind.Latin : FaceKind.Other;
    }

    public string Path { get; }
    public FaceKind Kind { get; }

    /// <summary>The file, or null when it is not a font HarfBuzz can read.</summary>
    public static FontFile? Open(string path) => FontCmap.Open(path) is { } cmap ? new FontFile(path, cmap) : null;

    public bool Has(int codePoint) => _cmap.Has(codePoint);

    public void Dispose() => _cmap.Dispose();
}
