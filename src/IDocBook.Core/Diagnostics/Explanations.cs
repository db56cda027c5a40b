using System.Text.RegularExpressions;

namespace IDocBook.Core.Diagnostics;

/// <summary>
/// The longer help of each code (what <c>idocbook explain</c> prints and SARIF's rule help),
/// read from <c>Explanations.md</c>, which is built into the assembly.
/// </summary>
public static partial class Explanations
{
    /// <summary>One code's entry: the severity its heading gives, the one-line meaning, and the longer help.</summary>
    public sealed record Entry(string Code, string Severity, string Summary, string Help);

    private static readonly Lazy<IReadOnlyDictionary<string, Entry>> Entries = new(Load);

    public static IReadOnlyDictionary<string, Entry> All => Entries.Value;

    public static Entry? For(string code) => All.GetValueOrDefault(code.Trim().ToUpperInvariant());

    private static IReadOnlyDictionary<string, Entry> Load()
    {
        using var stream = typeof(Explanations).Assembly.GetManifestResourceStream("IDocBook.Core.Diagnostics.Explanations.md")
            ?? throw new InvalidOperationException("Explanations.md is not built into IDocBook.Core.");
        var text = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (Match m in Section().Matches(text))
        {
            var body = m.Groups["body"].Value.Trim();
            var split = body.IndexOf("\n\n", StringComparison.Ordinal);
            var summary = (split < 0 ? body : body[..split]).ReplaceLineEndings(" ");
            var help = split < 0 ? "" : body[(split + 2)..];
            result[m.Groups["code"].Value] = new Entry(m.Groups["code"].Value, m.Groups["severity"].Value, summary, help);
        }
        return result;
    }

    [GeneratedRegex(@"^## (?<code>IDB\d{4}) (?<severity>error|warning|note)\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();
}
