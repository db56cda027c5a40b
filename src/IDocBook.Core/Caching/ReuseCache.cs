using System.Collections.Concurrent;

namespace IDocBook.Core.Caching;

/// <summary>
/// Values kept from one build to the next, keyed by everything that decides them. Only what the
/// last build used survives it, so the cache stays the size of the book as it is now rather than
/// growing with every edit. Safe for the parallel lookups of one build; builds take turns.
/// </summary>
internal sealed class ReuseCache<TKey, TValue> where TKey : notnull
{
    // Lazy, so that two threads meeting the same new key compute it once and count one miss.
    private ConcurrentDictionary<TKey, Lazy<TValue>> _used = new();
    private ConcurrentDictionary<TKey, Lazy<TValue>> _earlier = new();
    private int _hits;
    private int _misses;

    /// <summary>Lookups of this build that found a value already made.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Lookups of this build that had to make their value.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public TValue Get(TKey key, Func<TKey, TValue> make)
    {
        if (_used.TryGetValue(key, out var entry) || _earlier.TryGetValue(key, out entry))
        {
            Interlocked.Increment(ref _hits);
            return _used.GetOrAdd(key, entry).Value;
        }
        var mine = new Lazy<TValue>(() => make(key), LazyThreadSafetyMode.ExecutionAndPublication);
        entry = _used.GetOrAdd(key, mine);
        if (ReferenceEquals(entry, mine)) Interlocked.Increment(ref _misses);
        else Interlocked.Increment(ref _hits);
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
