using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// Checks a config tree against its schema and keeps the settings it holds. An unknown key is a
/// warning naming the nearest key (an error for <c>-M</c>, where nothing else would show the
/// typo); a value that is not what its key takes is an error at the value; either way the rest
/// of the file is still read.
/// </summary>
internal static class SchemaReader
{
    /// <param name="origin">The file name (<c>book.yml</c>), or <c>-M</c> for the command line.</param>
    public static BookConfig Read(ConfigNode root, ConfigSection schema, string origin, DiagnosticSink sink)
    {
        if (root is not ConfigMap map)
        {
            sink.Report(Codes.ConfigValueInvalid, $"The file holds {(root is ConfigList ? "a list" : "a single value")}, not a map of keys; it is ignored.", root.Place,
                "Write one key per line, such as title: My book.");
            return new BookConfig();
        }
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        Section(map, schema, "", origin, sink, settings);
        return new BookConfig(settings);
    }

    private static void Section(ConfigMap map, ConfigSection schema, string prefix, string origin, DiagnosticSink sink, Dictionary<string, Setting> settings)
    {
        var written = new Dictionary<SchemaEntry, string>();
        foreach (var (key, keyPlace, value) in map.Entries)
        {
            var path = prefix + key;
            var entry = schema.Entries.FirstOrDefault(e => e.Matches(key));
            if (entry is null)
            {
                Unknown(key, path, keyPlace, schema, origin, sink);
                continue;
            }
            if (entry is OtherToolKey) continue;
            if (written.TryGetValue(entry, out var first))
                sink.Report(Codes.ConfigInvalid, $"'{path}' sets {prefix}{entry.Name} a second time (after '{prefix}{first}'); the last one is used.", keyPlace,
                    "Keep one of the two lines.");
            written[entry] = key;
            switch (entry)
            {
                case ConfigSection section when value is ConfigMap inner:
                    Section(inner, section, path + ".", origin, sink, settings);
                    break;
                case ConfigSection section when value is ConfigScalar { Kind: ScalarKind.Null }:
                    break;
                case ConfigSection section:
                    sink.Report(Codes.ConfigValueInvalid, $"The value of {Subject(origin, path)} is {(value is ConfigList ? "a list" : "a single value")}, not a map of keys; it is ignored.",
                        value.Place, $"Write its keys indented under it, such as {section.Entries.OfType<ConfigKey>().First().Name}: ….");
                    break;
                case ConfigKey configKey:
                    var setting = configKey.Setting ?? prefix + configKey.Name;
                    if (configKey.Type.Read(value, new ValueContext(path, origin, sink)) is { } read)
                        settings[setting] = new Setting(read, value.Place ?? keyPlace);
                    else settings.Remove(setting);
                    break;
            }
        }
    }

    private static void Unknown(string key, string path, SourceSpan? place, ConfigSection schema, string origin, DiagnosticSink sink)
    {
        var near = KeySuggestion.Nearest(key, schema.Names);
        var section = path.Length == key.Length ? schema.Name : $"'{path[..^(key.Length + 1)]}'";
        var hint = near is not null
            ? $"If you meant '{near}', correct the spelling."
            : $"{section} takes {string.Join(", ", schema.Entries.Where(e => e is not OtherToolKey).Select(e => e.Name))}.";
        if (origin == "-M")
            sink.Report(Codes.MetadataOverrideInvalid, $"-M {path} is not a book.yml key; it is ignored.", null, hint);
        else
            sink.Report(Codes.ConfigKeyUnknown, $"'{path}' is not a key IDocBook reads in {origin}; it is ignored.", place, hint);
    }

    private static string Subject(string origin, string path) => origin == "-M" ? $"-M {path}" : path;
}
