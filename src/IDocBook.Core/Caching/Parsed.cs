using IDocBook.Core.Diagnostics;

namespace IDocBook.Core.Caching;

/// <summary>
/// A parse kept for reuse, with the diagnostics it gave: a reused parse reports them again, so a
/// rebuild shows the same warnings as the build that first read the file.
/// </summary>
internal sealed record Parsed<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs <paramref name="parse"/> into a sink of its own, to keep what it reports.</summary>
    public static Parsed<T> Of(Func<DiagnosticSink, T> parse)
    {
        var own = new DiagnosticSink();
        var value = parse(own);
        return new Parsed<T>(value, own.All);
    }
}

internal static class ParsedCache
{
    /// <summary>The kept parse for <paramref name="key"/>, or a new one; either way its diagnostics go into <paramref name="sink"/>.</summary>
    public static T Reuse<T>(this ReuseCache<ParseKey, Parsed<T>> cache, ParseKey key, Func<DiagnosticSink, T> parse, DiagnosticSink sink)
    {
        var parsed = cache.Get(key, _ => Parsed<T>.Of(parse));
        sink.Merge(parsed.Diagnostics);
        return parsed.Value;
    }
}
