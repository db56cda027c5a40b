namespace IDocBook.Core.Loading.Config;

/// <summary>The valid key nearest to a mistyped one, by edit distance with swapped letters counted as one edit (<c>titel</c> → <c>title</c>).</summary>
internal static class KeySuggestion
{
    /// <returns>The nearest key, or null when none is near enough to be what the author meant.</returns>
    public static string? Nearest(string key, IEnumerable<string> keys)
    {
        var typed = key.ToLowerInvariant();
        // No key is this long: a typo is not, and comparing a hostile megabyte key would cost its length times each key's.
        if (typed.Length > 64) return null;
        // A third of the word may be wrong, at least one letter and at most three.
        var allowed = Math.Clamp(typed.Length / 3, 1, 3);
        return keys
            .Select(k => (Key: k, Distance: Distance(typed, k.ToLowerInvariant())))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and transpositions of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
