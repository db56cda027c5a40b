using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Loading;

/// <summary>The top-level keys of a YAML mapping (config files, front matter), read through <see cref="SafeYaml"/>.</summary>
internal static class YamlTopLevel
{
    /// <returns>The keys (empty when the YAML was refused, with <paramref name="problem"/> saying why).</returns>
    public static Dictionary<string, YamlNode> Parse(string yaml, out SafeYaml.Problem? problem)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        if (SafeYaml.Load(yaml, out problem) is YamlMappingNode root)
            foreach (var (key, value) in root.Children)
                if (key is YamlScalarNode { Value: { } k }) map[k] = value;
        return map;
    }
}
