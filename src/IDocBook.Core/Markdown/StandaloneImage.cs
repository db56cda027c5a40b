using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown;

/// <summary>
/// A paragraph that holds nothing but an image is a figure. Its caption is the image's title
/// (<c>![alt](a.png "title")</c>); the alt text describes the image for those who cannot see it and
/// is never printed under it. A <c>&lt;figcaption&gt;</c> replaces the title when there is one.
/// </summary>
internal static class StandaloneImage
{
    public static Block Block(IReadOnlyList<Inline> content, SourceSpan source) =>
        content is [Image image] ? Figure(image, source) : new Paragraph(content, source);

    public static Figure Figure(Image image, SourceSpan source) =>
        new(image, image.Title is { Length: > 0 } title && !string.IsNullOrWhiteSpace(title) ? [new Model.Text(title.Trim(), image.Source)] : [], source);
}
