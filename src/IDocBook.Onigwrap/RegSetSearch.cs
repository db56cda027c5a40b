namespace Onigwrap;

/// <summary>
/// All of a scanner's patterns in one Oniguruma regset, searched together in one pass that stops at
/// the first position where any of them matches (what vscode-oniguruma does for VS Code). Searching
/// them one by one runs each pattern over the rest of the line; on code that was nine tenths of the
/// time spent highlighting.
/// </summary>
internal sealed unsafe class RegSetSearch : PatternSearch
{
    private readonly Oniguruma.RegSetFunctions _native;
    private readonly nint _set;
    // Kept to search one by one when the set search stops on an error (see Next).
    private readonly OneByOneSearch _oneByOne;
    // The set keeps one region per pattern, written by every search.
    private readonly Lock _searching = new();

    private RegSetSearch(Oniguruma.RegSetFunctions native, nint set, OneByOneSearch oneByOne)
    {
        _native = native;
        _set = set;
        _oneByOne = oneByOne;
    }

    /// <summary>The set of <paramref name="compiled"/>, or null when Oniguruma will not make one.</summary>
    public static RegSetSearch? Create(Oniguruma.RegSetFunctions native, nint[] compiled)
    {
        nint set;
        fixed (nint* patterns = compiled)
        {
            if (native.New(&set, compiled.Length, patterns) != 0) return null;
        }
        return new RegSetSearch(native, set, new OneByOneSearch(compiled, owned: false));
    }

    public override IOnigNextMatchResult? Next(ReadOnlyMemory<char> text, int offset)
    {
        lock (_searching)
        {
            int found, position;
            fixed (char* chars = text.Span)
            {
                var start = (byte*)chars;
                var end = start + text.Length * 2;
                found = _native.Search(_set, start, end, start + offset * 2, end, Oniguruma.RegSetFunctions.PositionLead, 0, &position);
            }
            if (found == Oniguruma.Mismatch) return null;
            // An error (a pattern over Oniguruma's backtracking limit) ends the set's search; one by
            // one, the failing pattern only counts as not matching, as before.
            if (found < 0) return _oneByOne.Next(text, offset);
            return MatchResult.FromRegion(found, _native.GetRegion(_set, found));
        }
    }

    ~RegSetSearch() => _native.Free(_set);
}
