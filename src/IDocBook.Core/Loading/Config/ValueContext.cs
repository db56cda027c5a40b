using IDocBook.Core.Diagnostics;

namespace IDocBook.Core.Loading.Config;

/// <summary>Where a value being read came from, so a <see cref="ConfigType"/> can report on it in the file's own terms.</summary>
/// <param name="Key">The key as the author wrote it, with its section: <c>numbering</c>, <c>fonts.body</c>.</param>
/// <param name="Origin">The file (<c>book.yml</c>), or <c>-M</c> for the command line.</param>
internal sealed record ValueContext(string Key, string Origin, DiagnosticSink Sink)
{
    private string Subject => Origin == "-M" ? $"-M {Key}" : Key;

    /// <summary>A value of the wrong type or out of range: an error at the value, saying what is allowed.</summary>
    public void Invalid(ConfigNode node, string found, string allowed) =>
        Sink.Report(Codes.ConfigValueInvalid, found.StartsWith('\'')
                ? $"The value {found} of {Subject} is not {allowed}; the setting is ignored."
                : $"The value of {Subject} is {found}, not {allowed}; the setting is ignored.",
            node.Place, $"Write {allowed}.");

    public void Yaml11Boolean(ConfigNode node, string text, bool value) =>
        Sink.Report(Codes.ConfigYaml11Boolean, $"The value '{text}' of {Subject} is text in YAML 1.2, not {(value ? "true" : "false")}; IDocBook takes it as {(value ? "true" : "false")}.",
            node.Place, $"Write {Write(value ? "true" : "false")}, which every YAML reader takes alike.");

    private string Write(string value) => Origin == "-M" ? $"-M {Key}={value}" : $"{Key.Split('.')[^1]}: {value}";
}
