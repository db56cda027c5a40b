using System.Text.RegularExpressions;

namespace Onigwrap;

/// <summary>
/// TextMate patterns as Oniguruma reads them: <c>\xHHHH</c> (up to eight digits, as grammars written
/// for other engines use it) becomes <c>\x{HHHH}</c>, and <c>\x{7fffffff}</c>, past what Oniguruma
/// accepts, becomes the highest code point it does. The package's wrapper rewrote patterns the same
/// way, so grammars compile exactly as they did.
/// </summary>
internal static partial class PatternText
{
    public static string ForOniguruma(string pattern) =>
        BareHex().Replace(pattern, m => @"\x{" + m.Value[2..] + "}").Replace(@"\x{7fffffff}", @"\x{7ffff}");

    [GeneratedRegex(@"\\x[A-Fa-f0-9]{2,8}")]
    private static partial Regex BareHex();
}
