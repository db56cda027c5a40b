namespace Onigwrap;

/// <summary>
/// Each pattern searched on its own, the leftmost match kept: for native builds without regsets
/// (Windows), and when a set's search fails. A pattern's last answer is reused while it still lies
/// ahead, unless the pattern has <c>\G</c>, whose meaning moves with the search's start.
/// </summary>
internal sealed unsafe class OneByOneSearch : PatternSearch
{
    private readonly nint[] _patterns;
    private readonly bool[] _anchored;
    private readonly bool _owned;
    private readonly Oniguruma.Region* _region = Oniguruma.onigwrap_region_new();
    private readonly Lock _searching = new();
    private readonly Remembered[] _last;

    private record struct Remembered(ReadOnlyMemory<char> Text, int Offset, MatchResult? Match, int MatchStart);

    /// <param name="owned">False when a regset owns and frees the patterns.</param>
    public OneByOneSearch(nint[] patterns, string[]? sources = null, bool owned = true)
    {
        _patterns = patterns;
        _owned = owned;
        // Without the sources, nothing is remembered: this search only stands in for a failed set search.
        _anchored = sources?.Select(s => s.Contains(@"\G", StringComparison.Ordinal)).ToArray() ?? [.. patterns.Select(_ => true)];
        _last = new Remembered[patterns.Length];
    }

    public override IOnigNextMatchResult? Next(ReadOnlyMemory<char> text, int offset)
    {
        lock (_searching)
        {
            MatchResult? best = null;
            var bestStart = 0;
            for (var i = 0; i < _patterns.Length; i++)
            {
                var (match, start) = Search(i, text, offset);
                if (match is null) continue;
                if (best is null || start < bestStart) (best, bestStart) = (match, start);
                if (start == offset) break;
            }
            return best;
        }
    }

    private (MatchResult? Match, int Start) Search(int i, ReadOnlyMemory<char> text, int offset)
    {
        var last = _last[i];
        if (!_anchored[i] && last.Text.Equals(text) && last.Offset <= offset && (last.Match is null || last.MatchStart >= offset))
            return (last.Match, last.MatchStart);
        MatchResult? match = null;
        var start = 0;
        fixed (char* chars = text.Span)
        {
            if (Oniguruma.onigwrap_search(_patterns[i], chars, offset * 2, text.Length * 2, _region) >= 0 && _region->Count > 0 && _region->Start[0] >= 0)
            {
                match = MatchResult.FromRegion(i, _region);
                start = _region->Start[0] >> 1;
            }
        }
        _last[i] = new Remembered(text, offset, match, start);
        return (match, start);
    }

    ~OneByOneSearch()
    {
        Oniguruma.onigwrap_region_free(_region);
        if (_owned) foreach (var pattern in _patterns) Oniguruma.onigwrap_free(pattern);
    }
}
