using System.Text.RegularExpressions;
using IDocBook.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// A YAML config (<c>book.yml</c>) as a <see cref="ConfigNode"/> tree, read through
/// <see cref="SafeYaml"/> (its limits hold here too). Plain scalars are typed by YAML 1.2's core
/// schema: <c>true</c>/<c>false</c> are booleans, <c>yes</c>/<c>no</c> are text, as YamlDotNet and
/// every YAML 1.2 reader see them.
/// </summary>
internal static partial class YamlConfig
{
    /// <returns>The tree (an empty map for an empty file), or null and <paramref name="problem"/>.</returns>
    public static ConfigNode? Read(string text, string file, out SafeYaml.Problem? problem)
    {
        var root = SafeYaml.Load(text, out problem);
        if (problem is not null) return null;
        return root is null ? new ConfigMap([], new SourceSpan(file, 1, 1)) : Node(root, file);
    }

    // SafeYaml has refused anything nested deeper than 64 levels, so this recursion is bounded.
    private static ConfigNode Node(YamlNode node, string file) => node switch
    {
        YamlMappingNode map => new ConfigMap(
            [.. map.Children.Select(p => new ConfigEntry(p.Key is YamlScalarNode { Value: { } k } ? k : p.Key.ToString(), At(p.Key, file), Node(p.Value, file)))],
            At(map, file)),
        YamlSequenceNode list => new ConfigList([.. list.Children.Select(c => Node(c, file))], At(list, file)),
        YamlScalarNode scalar => new ConfigScalar(scalar.Value ?? "", KindOf(scalar), At(scalar, file)),
        _ => new ConfigScalar(node.ToString(), ScalarKind.Text, At(node, file)),
    };

    private static ScalarKind KindOf(YamlScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty) return ScalarKind.Text;
        var value = scalar.Value ?? "";
        if (value.Length == 0 || Null().IsMatch(value)) return ScalarKind.Null;
        if (Boolean().IsMatch(value)) return ScalarKind.Boolean;
        if (Integer().IsMatch(value)) return ScalarKind.Integer;
        if (Float().IsMatch(value)) return ScalarKind.Float;
        return ScalarKind.Text;
    }

    // YAML 1.2.2, 10.3.2 (the core schema's tag resolution).
    [GeneratedRegex("^(?:~|null|Null|NULL)$")]
    private static partial Regex Null();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex Boolean();

    [GeneratedRegex("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    private static SourceSpan At(YamlNode node, string file) => new(file, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
}
