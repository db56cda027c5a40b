using System.Collections.Frozen;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Liang's hyphenation (the algorithm of TeX) over a pattern file in the Hyphen library's format:
/// a header line (the encoding), <c>LEFTHYPHENMIN</c> and <c>RIGHTHYPHENMIN</c>, then one pattern a
/// line, such as <c>.a2ch4</c>: letters with a digit between them where a pattern has an opinion.
/// A word's value between two letters is the largest digit any matching pattern puts there, and odd
/// values are the places it may be hyphenated.
/// </summary>
internal sealed class Hyphenator
{
    private readonly FrozenDictionary<string, byte[]> _patterns;
    private readonly int _longest;
    private readonly int _leftMin;
    private readonly int _rightMin;

    private Hyphenator(FrozenDictionary<string, byte[]> patterns, int longest, int leftMin, int rightMin)
    {
        _patterns = patterns;
        _longest = longest;
        _leftMin = leftMin;
        _rightMin = rightMin;
    }

    /// <summary>US English, from the bundled <c>hyph_en_US.dic</c> (TeX's patterns; see hyphenation/README.md).</summary>
    public static Hyphenator English => LazyEnglish.Value;

    private static readonly Lazy<Hyphenator> LazyEnglish = new(() =>
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream("hyph_en_US.dic")
            ?? throw new InvalidOperationException("The bundled hyphenation patterns hyph_en_US.dic are missing from IDocBook.Pdf.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    public static Hyphenator Parse(TextReader reader)
    {
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        int leftMin = 2, rightMin = 3, longest = 0;
        reader.ReadLine(); // the encoding: always UTF-8 for the files we ship
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('%')) continue;
            if (line.StartsWith("LEFTHYPHENMIN ", StringComparison.Ordinal)) { leftMin = int.Parse(line.AsSpan(14), System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (line.StartsWith("RIGHTHYPHENMIN ", StringComparison.Ordinal)) { rightMin = int.Parse(line.AsSpan(15), System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (char.IsAsciiLetterUpper(line[0])) continue; // other header keywords (NEXTLEVEL, COMPOUND…)
            var letters = new System.Text.StringBuilder(line.Length);
            var values = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c)) values[^1] = (byte)(c - '0');
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }
            var key = letters.ToString();
            patterns[key] = [.. values];
            longest = Math.Max(longest, key.Length);
        }
        return new Hyphenator(patterns.ToFrozenDictionary(StringComparer.Ordinal), longest, leftMin, rightMin);
    }

    /// <summary>
    /// Adds to <paramref name="points"/> every offset k in <paramref name="word"/> (1 &lt;= k &lt; length)
    /// where a hyphen may go before word[k]. The word must be letters only; case does not matter.
    /// </summary>
    public void Points(ReadOnlySpan<char> word, List<int> points)
    {
        if (word.Length < _leftMin + _rightMin) return;
        // ".word." in lower case, and a value slot between each two of its characters.
        Span<char> dotted = word.Length <= 120 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        dotted[^1] = '.';
        for (var i = 0; i < word.Length; i++) dotted[i + 1] = char.ToLowerInvariant(word[i]);
        Span<byte> values = dotted.Length <= 122 ? stackalloc byte[dotted.Length + 1] : new byte[dotted.Length + 1];
        values.Clear();
        var lookup = _patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var length = 1; length <= _longest && start + length <= dotted.Length; length++)
            {
                if (!lookup.TryGetValue(dotted.Slice(start, length), out var pattern)) continue;
                for (var v = 0; v < pattern.Length; v++)
                {
                    if (pattern[v] > values[start + v]) values[start + v] = pattern[v];
                }
            }
        }
        // values[j] lies before dotted[j], which is word[j - 1]: a hyphen before word[k] is values[k + 1].
        for (var k = _leftMin; k <= word.Length - _rightMin; k++)
        {
            if ((values[k + 1] & 1) == 1) points.Add(k);
        }
    }
}
