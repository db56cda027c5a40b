namespace IDocBook.Core.Loading;

/// <summary>Where one line of preprocessed text came from: a book-relative file and its 1-based line.</summary>
public sealed record LineOrigin(string File, int Line);

/// <summary>
/// A chapter's text after its directives are expanded. <see cref="Lines"/> holds the origin of every
/// line of <see cref="Text"/>, so that diagnostics about included text name the included file and
/// line; null when nothing was expanded (each line is its own origin).
/// </summary>
public sealed record ExpandedText(string Text, IReadOnlyList<LineOrigin>? Lines, string? Title)
{
    public static ExpandedText Plain(string text) => new(text, null, null);
}
