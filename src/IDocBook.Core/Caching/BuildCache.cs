using IDocBook.Core.Markdown;
using IDocBook.Core.Model;

namespace IDocBook.Core.Caching;

/// <summary>
/// What a build can hand to the next build of the same book (<c>idocbook watch</c>): parsed chapter
/// files, highlighted code and laid-out diagrams, each keyed by all it depends on, so a reused value is the value a
/// fresh build would make. Give the same cache to successive <see cref="BookReader.Read"/> calls,
/// one at a time.
/// </summary>
public sealed class BuildCache
{
    internal ReuseCache<ParseKey, Parsed<Chapter>> Chapters { get; } = new();

    internal ReuseCache<ParseKey, Parsed<MarkdownFile>> Files { get; } = new();

    internal ReuseCache<(string? Language, string Code), IReadOnlyList<CodeLine>?> Code { get; } = new();

    internal ReuseCache<(string Language, string Code), Diagrams.DiagramResult> Diagrams { get; } = new();

    /// <summary>What the last build parsed and highlighted, and what it reused.</summary>
    public CacheCounts LastBuild { get; private set; } = new(0, 0, 0, 0);

    internal void Begin()
    {
        Chapters.Begin();
        Files.Begin();
        Code.Begin();
        Diagrams.Begin();
    }

    internal void End()
    {
        Chapters.End();
        Files.End();
        Code.End();
        Diagrams.End();
        LastBuild = new CacheCounts(Chapters.Misses + Files.Misses, Chapters.Hits + Files.Hits, Code.Misses, Code.Hits);
    }
}
