using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Reports every image the book shows whose alt text describes nothing (see <see cref="AltText"/>),
/// at its place: the EPUB then claims no alternative text, and the author knows which to write.
/// </summary>
public static class AltTextCheck
{
    public static void Report(Book book, DiagnosticSink sink)
    {
        Rewrite.Inlines(book, (inline, _) =>
        {
            if (inline is Image { ResourceHref: not null } image && AltText.Problem(image.Alt, image.Url) is { } problem)
                sink.Report(Codes.AltTextPlaceholder, $"The image '{image.Url}' {problem}; the EPUB does not claim its images are described.", image.Source,
                    "Write what the image shows in its alt text, as for a reader who cannot see it.");
            return inline;
        });
    }
}
