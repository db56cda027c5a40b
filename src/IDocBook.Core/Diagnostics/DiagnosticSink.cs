using IDocBook.Core.Model;

namespace IDocBook.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Thread-safe, because chapters are read in parallel;
/// <see cref="All"/> is sorted by place so output does not depend on thread timing.
/// </summary>
public sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <param name="message">What is wrong: one sentence, ending with a full stop.</param>
    /// <param name="source">Where: every diagnostic a file caused carries the file, and its line and column when it has them.</param>
    /// <param name="hint">What to do: one sentence, ending with a full stop.</param>
    public void Report(DiagnosticCode code, string message, SourceSpan? source, string hint)
    {
        lock (_lock) _items.Add(new Diagnostic(code.Severity, code.Id, message, source, hint));
    }

    /// <summary>Adds what <paramref name="other"/> collected: for work done apart and merged in a fixed order.</summary>
    public void Merge(DiagnosticSink other) => Merge(other.All);

    /// <summary>Adds diagnostics reported elsewhere, such as those kept with a reused parse.</summary>
    public void Merge(IEnumerable<Diagnostic> diagnostics)
    {
        var items = diagnostics.ToList();
        lock (_lock) _items.AddRange(items);
    }

    public IReadOnlyList<Diagnostic> All
    {
        get
        {
            lock (_lock)
                // A clean build has nothing to sort, and the sort's generic iterators are compiled
                // on first use, at the end of the build, on the one thread still running (~3 ms in perf).
                return _items.Count == 0 ? [] : [.. _items
                    .Select((d, i) => (d, i))
                    .OrderBy(x => x.d.Source?.File ?? "", StringComparer.Ordinal)
                    .ThenBy(x => x.d.Source?.Line ?? 0)
                    .ThenBy(x => x.d.Source?.Column ?? 0)
                    .ThenBy(x => x.i)
                    .Select(x => x.d)];
        }
    }

    public int ErrorCount { get { lock (_lock) return _items.Count(d => d.Severity == Severity.Error); } }

    public int WarningCount { get { lock (_lock) return _items.Count(d => d.Severity == Severity.Warning); } }

    public bool HasErrors => ErrorCount > 0;
}
