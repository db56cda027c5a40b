using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Threading;

namespace IDocBook.Core.Loading;

/// <summary>
/// Turns summary entries into chapters: resolves each file inside the book, reports missing,
/// duplicate and draft entries, and parses the files in parallel (chapters are independent) while
/// ids and order stay those of the summary. With a cache, a file whose text (after includes) and
/// summary entry did not change is not parsed again.
/// </summary>
internal sealed class ChapterBuilder(BookFiles files, DiagnosticSink sink, BuildCache? cache = null, Timing.BuildProgress? progress = null)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly IncludeBudget _includes = new();

    public List<string> ReadFiles { get; } = [];

    /// <summary>
    /// The chapters of each part, in the summary's order. All parts are planned first and their
    /// files parsed in one parallel loop: a loop per part waited, at the end of each, for its
    /// slowest chapter with the other cores idle.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Chapter>> Build(IReadOnlyList<IReadOnlyList<SummaryEntry>> parts, string summaryPath)
    {
        var plans = parts.Select(entries => Plan(entries, summaryPath)).ToList();
        var all = plans.SelectMany(Flatten).ToList();
        var chapters = new Chapter?[all.Count];
        progress?.Chapters("parse", all.Count);
        OneAtATime.For(all.Count, i =>
        {
            chapters[i] = Read(all[i]);
            progress?.ChapterDone("parse");
        });
        var index = 0;
        var built = new List<IReadOnlyList<Chapter>>(plans.Count);
        foreach (var plan in plans) built.Add(Assemble(plan, chapters, ref index));
        return built;
    }

    private sealed record Planned(string Id, string? Path, string? Title, ChapterKind Kind, SourceSpan Source, List<Planned> Children);

    private List<Planned> Plan(IReadOnlyList<SummaryEntry> entries, string summaryPath)
    {
        var result = new List<Planned>();
        foreach (var entry in entries)
        {
            var children = Plan(entry.Children, summaryPath);
            if (entry.Path is "")
            {
                sink.Report(Codes.DraftChapter, $"Draft chapter '{entry.Title}' has no file and is left out.", entry.Source,
                    "Give it a file, as [Title](file.md), when it is ready to be published.");
                result.AddRange(children);
                continue;
            }
            if (entry.Path is null)
            {
                result.Add(new Planned(ChapterSource.IdFor(entry.Title ?? "section", _ids), null, entry.Title, entry.Kind, entry.Source, children));
                continue;
            }
            var target = entry.Path.Split('#')[0];
            var path = summaryPath.Length == 0 ? target : files.Resolve(summaryPath, target);
            if (path is null || !files.IsInside(path))
            {
                sink.Report(Codes.OutsideBook, $"'{entry.Path}' is outside the book and was not read.", entry.Source, "List only files inside the book folder.");
                result.AddRange(children);
                continue;
            }
            if (!_paths.Add(path))
            {
                sink.Report(Codes.SummaryDuplicate, $"'{path}' is listed more than once; only its first entry is used.", entry.Source,
                    "Remove the second entry, or point it at the file it was meant for.");
                result.AddRange(children);
                continue;
            }
            if (!files.IsPresent(path))
            {
                sink.Report(Codes.SummaryEntryMissing, $"Chapter file '{path}' does not exist.", entry.Source, "Create the file, or correct the link in the summary.");
                result.AddRange(children);
                continue;
            }
            ReadFiles.Add(path);
            result.Add(new Planned(ChapterSource.IdFor(path, _ids), path, entry.Title, entry.Kind, entry.Source, children));
        }
        return result;
    }

    private Chapter Read(Planned p)
    {
        if (p.Path is null) return ChapterSource.Build(p.Id, "", p.Title, [], p.Kind);
        var text = new Includes(files, sink, _includes).Expand(files.ReadText(p.Path, sink, p.Source) ?? "", p.Path);
        var (id, path, title, kind) = (p.Id, p.Path, string.IsNullOrWhiteSpace(p.Title) ? null : p.Title, p.Kind);
        return cache is null
            ? ChapterSource.Read(id, path, title, text, kind, sink)
            : cache.Chapters.Reuse(ParseKey.For(path, id, title, kind, text), own => ChapterSource.Read(id, path, title, text, kind, own), sink);
    }

    private static IEnumerable<Planned> Flatten(IEnumerable<Planned> plan) => plan.SelectMany(p => Flatten(p.Children).Prepend(p));

    private static List<Chapter> Assemble(List<Planned> plan, Chapter?[] read, ref int index)
    {
        var result = new List<Chapter>();
        foreach (var p in plan)
        {
            var chapter = read[index++]!;
            result.Add(chapter with { Children = Assemble(p.Children, read, ref index) });
        }
        return result;
    }
}
