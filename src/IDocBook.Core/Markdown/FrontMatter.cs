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
        try
        {
            foreach (var (key, value) in YamlTopLevel.Parse(yaml))
                if (value is YamlScalarNode { Value: { } v }) result[key] = v;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            sink.Report(Codes.FrontMatterInvalid, $"front matter is not valid YAML: {e.Message}",
                source.At(source.Line + (int)e.Start.Line - 1, (int)e.Start.Column), "Fix the YAML or remove the front matter.");
        }
        return result;
    }
}
