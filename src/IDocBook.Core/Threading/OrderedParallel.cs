namespace IDocBook.Core.Threading;

/// <summary>
/// Maps a list on every core into an array in the list's order, so results never depend on
/// which core finished first.
/// </summary>
/// <remarks>
/// Instead of PLINQ's <c>AsOrdered()</c>, which merges the cores' results with a cooperative sort
/// and brings some 150 generic methods that even a ReadyToRun build compiles at start-up: a plain
/// parallel loop writing each result into its own slot needs neither.
/// </remarks>
public static class OrderedParallel
{
    public static TResult[] Select<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TResult[items.Count];
        OneAtATime.For(items.Count, i => results[i] = map(items[i]));
        return results;
    }
}
