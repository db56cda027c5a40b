using IDocBook.Core.Loading;
using IDocBook.Core.Model;

namespace IDocBook.Core.Caching;

/// <summary>
/// Everything a chapter's parse depends on: its path and id, the title and kind the summary gave,
/// and its text after includes with the origin of every line (an included file that changed
/// changes the text; one that moved changes the origins, and so the places in diagnostics).
/// </summary>
internal sealed record ParseKey(string Path, string Id, string? Title, ChapterKind Kind, string Text, string? TextTitle, string Origins)
{
    public static ParseKey For(string path, string id, string? title, ChapterKind kind, ExpandedText text) =>
        new(path, id, title, kind, text.Text, text.Title, text.Lines is null ? "" : string.Join('\n', text.Lines.Select(l => $"{l.File}:{l.Line}")));
}
