using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Loading;

/// <summary>The top-level keys of a YAML mapping (config files, front matter). Throws YamlException on bad YAML.</summary>
internal static class YamlTopLevel
{
    public static Dictionary<string, YamlNode> Parse(string yaml)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            foreach (var (key, value) in root.Children)
                if (key is YamlScalarNode { Value: { } k }) map[k] = value;
        return map;
    }
}
