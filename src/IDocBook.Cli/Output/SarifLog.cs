using System.Text.Encodings.Web;
using System.Text.Json;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Output;

/// <summary>
/// The diagnostics of one run as a SARIF 2.1.0 log, the format GitHub code scanning uploads
/// (<c>github/codeql-action/upload-sarif</c>). Each code used is a rule with its meaning and its
/// <c>explain</c> text; file locations are relative to the folder idocbook ran in (the
/// repository's root in CI), as <c>%SRCROOT%</c>.
/// </summary>
internal static class SarifLog
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(IReadOnlyList<Diagnostic> diagnostics, string version)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "IDocBook");
            json.WriteString("semanticVersion", version.Split('+')[0]);
            json.WriteString("version", version);
            json.WriteStartArray("rules");
            foreach (var id in rules) Rule(json, id);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", DirectoryUri(Directory.GetCurrentDirectory()));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics) Result(json, d, rules.IndexOf(d.Code));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Rule(Utf8JsonWriter json, string id)
    {
        var code = Codes.Find(id);
        var name = Codes.All.FirstOrDefault(c => c.Code.Id == id).Name;
        var entry = Explanations.For(id);
        json.WriteStartObject();
        json.WriteString("id", id);
        if (name is not null) json.WriteString("name", name);
        if (entry is not null)
        {
            json.WriteStartObject("shortDescription");
            json.WriteString("text", entry.Summary);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", entry.Help);
            json.WriteString("markdown", entry.Help);
            json.WriteEndObject();
        }
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(code?.Severity ?? Severity.Warning));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, Diagnostic d, int rule)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", rule);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", $"{d.Message} {d.Hint}");
        json.WriteEndObject();
        if (d.Source is { File.Length: > 0 } source)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            var (uri, relative) = FileUri(source.File);
            json.WriteString("uri", uri);
            if (relative) json.WriteString("uriBaseId", "%SRCROOT%");
            json.WriteEndObject();
            if (source.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", source.Line);
                if (source.Column > 0) json.WriteNumber("startColumn", source.Column);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    /// <summary>A relative URI reference from the current folder when the file is under it (GitHub maps those onto the repository), an absolute file URI otherwise.</summary>
    private static (string Uri, bool Relative) FileUri(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            return (string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)), true);
        return (new Uri(full).AbsoluteUri, false);
    }

    private static string DirectoryUri(string folder) => new Uri(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar).AbsoluteUri;
}
