using SkiaSharp;

namespace IDocBook.Media.Cover;

/// <summary>Colours of a generated cover: a dark band holding the title above a paper-coloured foot.</summary>
public sealed record CoverStyle
{
    public static CoverStyle Default { get; } = new();

    /// <summary>Upper band, behind title and subtitle.</summary>
    public SKColor Band { get; init; } = new(0x1E, 0x3A, 0x4C);
    /// <summary>Lower part, behind the authors.</summary>
    public SKColor Paper { get; init; } = new(0xF4, 0xF0, 0xE8);
    public SKColor Title { get; init; } = new(0xF7, 0xF4, 0xEE);
    public SKColor Subtitle { get; init; } = new(0xBF, 0xCD, 0xD6);
    public SKColor Author { get; init; } = new(0x1E, 0x3A, 0x4C);
    /// <summary>The short rule between title and subtitle.</summary>
    public SKColor Accent { get; init; } = new(0xD9, 0xA4, 0x41);
}
