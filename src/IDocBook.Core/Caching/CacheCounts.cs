namespace IDocBook.Core.Caching;

/// <summary>What one build made afresh and what it took from the cache.</summary>
/// <param name="ChaptersParsed">Chapter files parsed (a single-file book is one file).</param>
/// <param name="ChaptersReused">Chapter files whose earlier parse was reused.</param>
/// <param name="CodeHighlighted">Code blocks tokenized; equal blocks (same language and text) count once.</param>
/// <param name="CodeReused">Code blocks whose styled lines the last build had made; equal blocks count once.</param>
public sealed record CacheCounts(int ChaptersParsed, int ChaptersReused, int CodeHighlighted, int CodeReused);
