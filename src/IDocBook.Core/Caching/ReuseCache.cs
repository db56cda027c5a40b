using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace IDocBook.Core.Caching;

/// <summary>
/// Values kept from one build to the next, keyed by everything that decides them. Only what the
/// last build used survives it, so the cache stays the size of the book as it is now rather than
/// growing with every edit. Safe for the parallel lookups of one build; builds take turns.
/// </summary>
// Lazy<T> asks the trimmer of a native build to keep T's constructor, though the factory
// constructor used here never calls it: the annotation passes that request on.
internal sealed class ReuseCache<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue> where TKey : notnull
{
    // Lazy, so that two threads meeting the same new key compute it once and count one miss.
    private ConcurrentDictionary<TKey, Lazy<TValue>> _used = new();
    private ConcurrentDictionary<TKey, Lazy<TValue>> _earlier = new();
    private int _hits;
    private int _misses;

    /// <summary>Keys of this build whose value the last build had made.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Keys of this build whose value had to be made.</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>
    /// The value for <paramref name="key"/>: made by this build already, kept from the last one, or
    /// made now. Each key counts once per build, however often it is asked for.
    /// </summary>
    public TValue Get(TKey key, Func<TKey, TValue> make)
    {
        if (_used.TryGetValue(key, out var entry)) return entry.Value;
        var kept = _earlier.TryGetValue(key, out entry);
        var mine = entry ?? new Lazy<TValue>(() => make(key), LazyThreadSafetyMode.ExecutionAndPublication);
        entry = _used.GetOrAdd(key, mine);
        if (ReferenceEquals(entry, mine)) Interlocked.Increment(ref kept ? ref _hits : ref _misses);
        return entry.Value;
    }

    /// <summary>Starts a build: what the last one used becomes available for reuse, and the counts start at zero.</summary>
    public void Begin()
    {
        _earlier = _used;
        _used = new();
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Ends a build: drops every value it did not use.</summary>
    public void End() => _earlier = new();
}
