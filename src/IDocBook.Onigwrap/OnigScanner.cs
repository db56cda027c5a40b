namespace Onigwrap;

/// <summary>
/// What TextMateSharp asks of Oniguruma: the first match, among a rule's patterns, at or after a
/// position of a line.
/// </summary>
/// <remarks>
/// This assembly replaces the managed part of the Onigwrap package (TextMateSharp binds to it by the
/// package's name, version and public key), keeping the package's native Oniguruma. The package's
/// scanner searched each pattern separately, from the position to the end of the line, which made
/// highlighting most of an EPUB build's time; here the patterns are searched as one regset.
/// Only the members TextMateSharp calls are public.
/// </remarks>
public sealed class OnigScanner(string[] regexps)
{
    private readonly PatternSearch _search = PatternSearch.For(regexps);

    public IOnigNextMatchResult? FindNextMatchSync(string source, in int charOffset) => _search.Next(source.AsMemory(), charOffset);

    public IOnigNextMatchResult? FindNextMatchSync(ReadOnlyMemory<char> source, in int charOffset) => _search.Next(source, charOffset);
}
