using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Model;
using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Markdown;

/// <summary>YAML front matter: the top-level scalar keys are kept (title, author, …), the rest ignored.</summary>
internal static class FrontMatter
{
    public static IReadOnlyDictionary<string, string> Parse(string yaml, SourceSpan source, DiagnosticSink sink)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var map = YamlTopLevel.Parse(yaml, out var problem);
        foreach (var (key, value) in map)
            if (value is YamlScalarNode { Value: { } v }) result[key] = v;
        if (problem is not null)
            sink.Report(Codes.FrontMatterInvalid, $"The front matter is not valid YAML: {problem.Message.TrimEnd('.')}.",
                source.At(source.Line + problem.Line - 1, problem.Column), "Fix the YAML or remove the front matter.");
        return result;
    }
}
