namespace IDocBook.Media.Images;

/// <summary>
/// What <see cref="ImageConverter"/> made of an image: the bytes to store (the original when nothing
/// had to change) with their type and size, or why it cannot be used.
/// </summary>
public sealed record ImageResult(byte[]? Data, string? MediaType, int Width, int Height)
{
    /// <summary>Set when the image was refused: too many pixels, or damaged.</summary>
    public ImageProblem? Problem { get; init; }

    /// <summary>The original size when the image was made smaller.</summary>
    public (int Width, int Height)? DownscaledFrom { get; init; }

    public static ImageResult Refused(ImageProblem problem, string message) => new(null, null, 0, 0) { Problem = problem, Message = message };

    public string? Message { get; init; }
}

public enum ImageProblem { TooLarge, Damaged }
