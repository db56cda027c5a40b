using System.Globalization;
using System.Text.Json;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Loading;

/// <summary>
/// Reads the config files a book folder may hold: GitBook's <c>book.json</c>, mdBook's
/// <c>book.toml</c>, then IDocBook's <c>book.yml</c>, each overriding the one before.
/// </summary>
internal static class ConfigReader
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
    /// Settings given as <c>key=value</c> on the command line (<c>-M</c>), read as the same keys as
    /// <c>book.yml</c>; a value is one scalar (a list key such as <c>authors</c> gets one item).
    /// </summary>
    public static BookConfig FromPairs(IEnumerable<string> pairs, DiagnosticSink sink)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            var key = equals > 0 ? pair[..equals].Trim() : "";
            if (key.Length == 0)
            {
                sink.Report(Codes.MetadataOverrideInvalid, $"-M '{pair}' is not key=value.", null, "Write e.g. -M version=1.2.0.");
                continue;
            }
            if (!YamlKeys.Contains(key))
            {
                sink.Report(Codes.MetadataOverrideInvalid, $"-M '{key}' is not a book.yml key.", null, $"Use one of {string.Join(", ", YamlKeys.Order(StringComparer.Ordinal))}.");
                continue;
            }
            map[key] = new YamlScalarNode(pair[(equals + 1)..].Trim());
        }
        return FromMap(map, null, sink);
    }

    // The keys FromMap reads; -M refuses others, since a typo would otherwise change nothing in silence.
    private static readonly HashSet<string> YamlKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "subtitle", "version", "authors", "author", "language", "lang", "identifier", "date", "description", "publisher",
        "rights", "keywords", "cover", "name", "numbering", "src", "source", "summary", "paper", "margins", "margin",
        "punctuation", "hanging-punctuation", "toc-depth", "two-sided", "accessibility",
    };

    private static BookConfig Yaml(string text, string file, DiagnosticSink sink)
    {
        var map = YamlTopLevel.Parse(text, out var problem);
        if (problem is not null)
        {
            sink.Report(Codes.ConfigInvalid, $"not valid YAML: {problem.Message.TrimEnd('.')}.", new SourceSpan(file, problem.Line, problem.Column), "Fix the YAML.");
            return new BookConfig();
        }
        return FromMap(map, file, sink);
    }

    // file: the config file the map came from, or null for the command line.
    private static BookConfig FromMap(Dictionary<string, YamlNode> map, string? file, DiagnosticSink sink)
    {
        var places = file is null ? new Dictionary<string, SourceSpan>(StringComparer.Ordinal)
            : map.ToDictionary(p => p.Key.ToLowerInvariant(), p => new SourceSpan(file, (int)p.Value.Start.Line, (int)p.Value.Start.Column), StringComparer.Ordinal);
        string? S(string key) => map.TryGetValue(key, out var n) && n is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;
        IReadOnlyList<string> L(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (!map.TryGetValue(key, out var n)) continue;
                if (n is YamlSequenceNode seq) return [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0)];
                if (n is YamlScalarNode { Value: { Length: > 0 } v }) return [v];
            }
            return [];
        }
        SourceSpan? Place(string key) => places.GetValueOrDefault(key) ?? At(file);
        if (places.Remove("lang", out var lang)) places.TryAdd("language", lang);
        if (places.Remove("source", out var source)) places.TryAdd("src", source);
        return new BookConfig
        {
            Title = S("title"), Subtitle = S("subtitle"), Version = S("version"), Authors = L("authors", "author"), Language = S("language") ?? S("lang"),
            Identifier = S("identifier"), Date = Date(S("date"), places.GetValueOrDefault("date") ?? At(file), sink), Description = S("description"), Publisher = S("publisher"),
            Rights = S("rights"), Keywords = L("keywords"), Cover = S("cover"), Name = S("name"),
            Numbering = S("numbering") is { } n ? n.Equals("true", StringComparison.OrdinalIgnoreCase) : null,
            Source = S("src") ?? S("source"), Summary = S("summary"),
            Paper = S("paper"), MarginsMm = MarginsOf(L("margins", "margin"), places.GetValueOrDefault("margins") ?? At(file), sink),
            Fonts = map.TryGetValue("fonts", out var fonts) && fonts is YamlMappingNode roles ? Fonts(roles, file, sink) : new Dictionary<string, string>(),
            Punctuation = Choice(S("punctuation"), "punctuation", ["full-width", "kaiming"], Place("punctuation"), sink),
            HangingPunctuation = Flag(S("hanging-punctuation"), "hanging-punctuation", Place("hanging-punctuation"), sink),
            TocDepth = TocDepthOf(S("toc-depth"), Place("toc-depth"), sink),
            TwoSided = Flag(S("two-sided"), "two-sided", Place("two-sided"), sink),
            Certifier = CertifierOf(map, Place("accessibility"), sink),
            ProjectRoot = S("project-root"),
            Places = places,
            FontFallback = map.TryGetValue("fonts", out var fontMap) && fontMap is YamlMappingNode fontKeys
                && fontKeys.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "fallback" }).Value is { } fallback
                ? fallback switch
                {
                    YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0)],
                    YamlScalarNode { Value.Length: > 0 } one => [one.Value!],
                    _ => [],
                }
                : [],
        };
    }

    // Roles are case-insensitive; two spellings of one role are a mistake worth saying, and the last wins.
    private static Dictionary<string, string> Fonts(YamlMappingNode roles, string? file, DiagnosticSink sink)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in roles.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || value is not YamlScalarNode { Value: { Length: > 0 } path }) continue;
            var role = name.ToLowerInvariant();
            if (result.ContainsKey(role))
                sink.Report(Codes.ConfigInvalid, $"fonts: '{name}' names the {role} font a second time; the last one is used", file is null ? null : new SourceSpan(file, (int)key.Start.Line, (int)key.Start.Column),
                    "Name each role once.");
            result[role] = path;
        }
        return result;
    }

    private static BookConfig Toml(string text, DiagnosticSink sink)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize(text, typeof(TomlTable), (TomlSerializerOptions?)null) as TomlTable ?? new TomlTable();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Tomlyn throws more than TomlException on some input; every failure is the file's, not ours.
            sink.Report(Codes.ConfigInvalid, $"not valid TOML: {e.Message.TrimEnd('.')}.", new SourceSpan("book.toml", 1, 1), "Fix the TOML.");
            return new BookConfig();
        }
        var book = table.TryGetValue("book", out var b) && b is TomlTable section ? section : new TomlTable();
        string? S(string key) => book.TryGetValue(key, out var v) && v is string s && s.Length > 0 ? s : null;
        return new BookConfig
        {
            Title = S("title"), Description = S("description"), Language = S("language"), Source = S("src") ?? "src",
            Authors = book.TryGetValue("authors", out var a) && a is TomlArray arr ? [.. arr.OfType<string>()] : [],
            Places = FilePlaces("book.toml"),
        };
    }

    private static BookConfig Json(string text, DiagnosticSink sink)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new BookConfig();
            string? S(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
            var structure = root.TryGetProperty("structure", out var st) && st.ValueKind == JsonValueKind.Object ? st : default;
            return new BookConfig
            {
                Title = S(root, "title"), Description = S(root, "description"), Language = S(root, "language"),
                Authors = S(root, "author") is { } author ? [author] : [], Source = S(root, "root"),
                Summary = structure.ValueKind == JsonValueKind.Object ? S(structure, "summary") : null,
                Readme = structure.ValueKind == JsonValueKind.Object ? S(structure, "readme") : null,
                Places = FilePlaces("book.json"),
            };
        }
        catch (JsonException e)
        {
            sink.Report(Codes.ConfigInvalid, $"not valid JSON: {e.Message}", new SourceSpan("book.json", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
            return new BookConfig();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            sink.Report(Codes.ConfigInvalid, $"not valid JSON: {e.Message.TrimEnd('.')}.", new SourceSpan("book.json", 1, 1), "Fix the JSON.");
            return new BookConfig();
        }
    }

    // TOML and JSON configs are read without positions: a diagnostic about their values names the file.
    private static Dictionary<string, SourceSpan> FilePlaces(string file) =>
        new[] { "language", "src", "summary", "readme" }.ToDictionary(k => k, _ => new SourceSpan(file, 0, 0), StringComparer.Ordinal);

    private static IReadOnlyList<float> MarginsOf(IReadOnlyList<string> values, SourceSpan? place, DiagnosticSink sink)
    {
        if (values.Count == 0) return [];
        if (Margins.Parse(values) is { } margins) return margins;
        sink.Report(Codes.ConfigInvalid, $"margins '{string.Join(' ', values)}' are not 1 to 4 lengths in millimetres", place, "Write e.g. margins: 25 22");
        return [];
    }

    private static string? Choice(string? value, string key, string[] allowed, SourceSpan? place, DiagnosticSink sink)
    {
        if (value is null) return null;
        var lower = value.Trim().ToLowerInvariant();
        if (allowed.Contains(lower)) return lower;
        sink.Report(Codes.TypesettingOptionInvalid, $"{key} '{value}' is not one of {string.Join(", ", allowed)}; {allowed[0]} is used.", place, $"Write e.g. {key}: {allowed[^1]}.");
        return null;
    }

    private static bool? Flag(string? value, string key, SourceSpan? place, DiagnosticSink sink)
    {
        if (value is null) return null;
        if (bool.TryParse(value.Trim(), out var flag)) return flag;
        sink.Report(Codes.TypesettingOptionInvalid, $"{key} '{value}' is neither true nor false; it is left off.", place, $"Write {key}: true or {key}: false.");
        return null;
    }

    private static int? TocDepthOf(string? value, SourceSpan? place, DiagnosticSink sink)
    {
        if (value is null) return null;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var depth) && depth is >= 1 and <= 6) return depth;
        sink.Report(Codes.TypesettingOptionInvalid, $"toc-depth '{value}' is not a heading level from 1 to 6; each output's default is used.", place, "Write e.g. toc-depth: 3.");
        return null;
    }

    // accessibility: { certified-by: …, credential: …, report: … }
    private static AccessibilityCertifier? CertifierOf(Dictionary<string, YamlNode> map, SourceSpan? place, DiagnosticSink sink)
    {
        if (!map.TryGetValue("accessibility", out var node)) return null;
        if (node is not YamlMappingNode keys)
        {
            sink.Report(Codes.ConfigInvalid, "accessibility is not a set of keys; it is ignored.", place, "Write accessibility: then certified-by:, credential: and report: indented under it.");
            return null;
        }
        string? V(string key) => keys.Children.FirstOrDefault(p => p.Key is YamlScalarNode k && string.Equals(k.Value, key, StringComparison.OrdinalIgnoreCase)).Value
            is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;
        var name = V("certified-by");
        if (name is null)
        {
            sink.Report(Codes.ConfigInvalid, "accessibility: has no certified-by, the party that evaluated the book; it is ignored.", place, "Write accessibility: certified-by: and the evaluator's name.");
            return null;
        }
        return new AccessibilityCertifier(name, V("credential"), V("report"));
    }

    private static DateTimeOffset? Date(string? value, SourceSpan? place, DiagnosticSink sink)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)) return date;
        sink.Report(Codes.ConfigInvalid, $"date '{value}' is not a date", place, "Write it as YYYY-MM-DD.");
        return null;
    }

    private static SourceSpan? At(string? file) => file is null ? null : new SourceSpan(file, 1, 1);
}
