namespace Onigwrap;

/// <summary>
/// The compiled patterns of one scanner and how they are searched. TextMate's rule: the match that
/// starts leftmost wins, the earlier pattern on a tie.
/// </summary>
internal abstract class PatternSearch
{
    /// <summary>
    /// An <see cref="AppContext"/> switch that makes scanners compiled from then on search their
    /// patterns one by one, as on Windows: tests use it to check that both ways find the same matches.
    /// </summary>
    private const string OneByOneSwitch = "Onigwrap.SearchPatternsOneByOne";

    public static PatternSearch For(string[] patterns)
    {
        var compiled = new nint[patterns.Length];
        for (var i = 0; i < patterns.Length; i++)
        {
            compiled[i] = Oniguruma.Compile(patterns[i]);
            if (compiled[i] == 0)
            {
                foreach (var done in compiled.AsSpan(0, i)) Oniguruma.onigwrap_free(done);
                return new InvalidPattern(patterns[i]);
            }
        }
        var oneByOne = AppContext.TryGetSwitch(OneByOneSwitch, out var on) && on;
        return !oneByOne && patterns.Length > 0 && Oniguruma.RegSets is { } regSets && RegSetSearch.Create(regSets, compiled) is { } set
            ? set
            : new OneByOneSearch(compiled, patterns);
    }

    /// <summary>The first match at or after <paramref name="offset"/>, or null.</summary>
    public abstract IOnigNextMatchResult? Next(ReadOnlyMemory<char> text, int offset);

    /// <summary>
    /// A grammar with a pattern Oniguruma rejects: it fails when searched, as it did with the
    /// package's wrapper, so the code it was highlighting is shown plain.
    /// </summary>
    private sealed class InvalidPattern(string pattern) : PatternSearch
    {
        public override IOnigNextMatchResult Next(ReadOnlyMemory<char> text, int offset) =>
            throw new ArgumentException("Invalid regular expression: " + pattern);
    }
}
