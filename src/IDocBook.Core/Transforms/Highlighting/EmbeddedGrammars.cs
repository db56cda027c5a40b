namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Grammars that reach other languages only through a marker in the code, so code without the marker
/// can be tokenized by the grammar loaded alone, with the same tokens.
/// </summary>
/// <remarks>
/// TextMate loads every grammar a grammar includes, and everything those include, before the first
/// line. The shell grammar includes Ruby, Python, AppleScript, HTML, Markdown and Textile for heredocs
/// named after them (<c>&lt;&lt;PYTHON</c> … <c>PYTHON</c>), and Markdown brings fifty more for its
/// fenced code: 69 grammars, about 0.2 s, for the language of most code in a technical book, whose
/// heredocs are nearly always <c>&lt;&lt;EOF</c>. A test checks against the shipped grammar that
/// every rule including another language begins at one of these markers.
/// </remarks>
internal static class EmbeddedGrammars
{
    public static readonly IReadOnlyDictionary<string, string[]> Markers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["source.shell"] = ["RUBY", "PYTHON", "APPLESCRIPT", "HTML", "MARKDOWN", "TEXTILE"],
    };

    /// <summary>
    /// False when <paramref name="code"/> in <paramref name="scope"/> cannot reach the grammars it
    /// includes. Conservative: a heredoc anywhere and a marker anywhere are enough to say true.
    /// </summary>
    public static bool Needed(string scope, string code) =>
        !Markers.TryGetValue(scope, out var markers)
        || (code.Contains("<<", StringComparison.Ordinal) && markers.Any(m => code.Contains(m, StringComparison.Ordinal)));
}
