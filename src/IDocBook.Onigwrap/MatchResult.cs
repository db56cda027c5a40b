namespace Onigwrap;

internal sealed class MatchResult(int index, IOnigCaptureIndex[] captures) : IOnigNextMatchResult
{
    public int GetIndex() => index;

    public IOnigCaptureIndex[] GetCaptureIndices() => captures;

    /// <summary>
    /// The groups of an Oniguruma region, whose offsets count bytes of UTF-16. A group that took no
    /// part in the match (offset -1) becomes (0, 0), as the package's wrapper reported it.
    /// </summary>
    public static unsafe MatchResult FromRegion(int index, Oniguruma.Region* region)
    {
        var captures = new IOnigCaptureIndex[region->Count];
        for (var i = 0; i < captures.Length; i++)
        {
            var (start, end) = region->Start[i] < 0 ? (0, 0) : (region->Start[i] >> 1, region->End[i] >> 1);
            captures[i] = new Capture(i, start, end);
        }
        return new MatchResult(index, captures);
    }

    private sealed record Capture(int Index, int Start, int End) : IOnigCaptureIndex
    {
        public int Length => End - Start;
    }
}
