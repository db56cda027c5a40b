using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading.Config;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// Reads the config files a book folder may hold: GitBook's <c>book.json</c>, mdBook's
/// <c>book.toml</c>, then IDocBook's <c>book.yml</c>, each overriding the one before. Each is read
/// into one tree shape with its format's own positions, then checked against its schema
/// (<see cref="ConfigSchema"/>), so every mistake is reported at its line and column.
/// </summary>
internal static partial class ConfigReader
{
    public static BookConfig Read(BookFiles files, DiagnosticSink sink)
    {
        var config = new BookConfig();
        if (files.ReadText("book.json", sink) is { } json) config = config.OverriddenBy(Json(json, sink));
        if (files.ReadText("book.toml", sink) is { } toml) config = config.OverriddenBy(Toml(toml, sink));
        foreach (var name in new[] { "book.yml", "book.yaml" })
            if (files.ReadText(name, sink) is { } yaml) { config = config.OverriddenBy(Yaml(yaml, name, sink)); break; }
        return config;
    }

    /// <summary>
    /// Settings given as <c>key=value</c> on the command line (<c>-M</c>), checked as book.yml's keys
    /// are: the value is read as a YAML scalar would be (<c>-M numbering=true</c>), a list key such as
    /// <c>authors</c> gets one item, and a section's key is written with a dot (<c>-M fonts.body=x.ttf</c>).
    /// </summary>
    public static BookConfig FromPairs(IEnumerable<string> pairs, DiagnosticSink sink)
    {
        var entries = new List<ConfigEntry>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            var key = equals > 0 ? pair[..equals].Trim() : "";
            if (key.Length == 0)
            {
                sink.Report(Codes.MetadataOverrideInvalid, $"-M '{pair}' is not key=value; it is ignored.", null, "Write it as -M version=1.2.0.");
                continue;
            }
            var value = pair[(equals + 1)..].Trim();
            ConfigNode node = YamlConfig.Read(value, "-M", out _) is ConfigScalar { Kind: var kind } ? new ConfigScalar(value, kind, null) : new ConfigScalar(value, ScalarKind.Text, null);
            // fonts.body=… is the key body of the section fonts.
            var path = key.Split('.');
            for (var i = path.Length - 1; i > 0; i--) { node = new ConfigMap([new ConfigEntry(path[i], null, node)], null); }
            entries.Add(new ConfigEntry(path[0], null, node));
        }
        return SchemaReader.Read(new ConfigMap(entries, null), ConfigSchema.Book, "-M", sink);
    }

    private static BookConfig Yaml(string text, string file, DiagnosticSink sink)
    {
        var root = YamlConfig.Read(text, file, out var problem);
        if (problem is not null || root is null)
        {
            Invalid(sink, "YAML", problem?.Message ?? "", file, problem?.Line ?? 1, problem?.Column ?? 1);
            return new BookConfig();
        }
        return SchemaReader.Read(root, ConfigSchema.Book, file, sink);
    }

    private static BookConfig Toml(string text, DiagnosticSink sink)
    {
        var root = TomlConfig.Read(text, "book.toml", out var problem);
        if (problem is not null || root is null)
        {
            Invalid(sink, "TOML", problem?.Message ?? "", "book.toml", problem?.Line ?? 1, problem?.Column ?? 1);
            return new BookConfig();
        }
        var config = SchemaReader.Read(root, ConfigSchema.MdBook, "book.toml", sink);
        // mdBook's chapters are in src/ unless [book] src says otherwise.
        return config.Source is null ? config.With("src", "src", new SourceSpan("book.toml", 0, 0)) : config;
    }

    private static BookConfig Json(string text, DiagnosticSink sink)
    {
        var root = JsonConfig.Read(text, "book.json", out var problem);
        if (problem is not null || root is null)
        {
            Invalid(sink, "JSON", problem?.Message ?? "", "book.json", problem?.Line ?? 1, problem?.Column ?? 1);
            return new BookConfig();
        }
        return SchemaReader.Read(root, ConfigSchema.GitBook, "book.json", sink);
    }

    // The parser's own words, at the place it stopped; the rest of the file cannot be trusted, so none of it is used.
    private static void Invalid(DiagnosticSink sink, string format, string problem, string file, int line, int column) =>
        sink.Report(Codes.ConfigInvalid, $"{file} is not valid {format}: {Sentence(problem)}; none of its settings are used.", new SourceSpan(file, line, column),
            $"Correct the {format} at this place.");

    private static string Sentence(string text)
    {
        // YamlDotNet starts its messages with the span, which the diagnostic already gives.
        var trimmed = YamlSpan().Replace(text, "").Trim().TrimEnd('.');
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]) && (trimmed.Length == 1 || !char.IsUpper(trimmed[1])) ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..] : trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial System.Text.RegularExpressions.Regex YamlSpan();
}
