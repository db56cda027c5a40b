using IDocBook.Core.Model;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using SourceSpan = IDocBook.Core.Model.SourceSpan;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// A TOML config (mdBook's <c>book.toml</c>) as a <see cref="ConfigNode"/> tree, from Tomlyn's
/// syntax tree so every key and value keeps its line and column. Tables (<c>[output.html]</c>)
/// and dotted keys (<c>book.title = …</c>) are merged into nested maps, as TOML defines them.
/// </summary>
internal static class TomlConfig
{
    private static readonly TomlSerializerOptions Options = new() { MaxDepth = SafeYaml.MaxDepth };

    /// <summary>Why the TOML was refused, at a 1-based line and column.</summary>
    public sealed record Problem(string Message, int Line, int Column);

    public static ConfigNode? Read(string text, string file, out Problem? problem)
    {
        problem = null;
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, Options, file, validate: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Tomlyn throws more than TomlException on some input; every failure is the file's, not ours.
            problem = new Problem(e.Message.TrimEnd('.'), 1, 1);
            return null;
        }
        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
        {
            problem = new Problem(error.Message.TrimEnd('.'), error.Span.Start.Line + 1, error.Span.Start.Column + 1);
            return null;
        }
        try
        {
            return Tree(document, file);
        }
        catch (TooDeep deep)
        {
            problem = new Problem($"it nests deeper than {SafeYaml.MaxDepth} levels", deep.Place.Line, deep.Place.Column);
            return null;
        }
    }

    private static ConfigNode Tree(DocumentSyntax document, string file)
    {
        var root = new Table(new SourceSpan(file, 1, 1));
        Add(root, document.KeyValues, file);
        foreach (var table in document.Tables)
        {
            var names = Names(table.Name, file);
            var target = root;
            for (var i = 0; i < names.Count; i++)
            {
                var (name, place) = names[i];
                // [[x]] makes an array of tables; its last entry is the one being filled.
                if (i == names.Count - 1 && table is TableArraySyntax) target = target.NextArrayTable(name, place);
                else target = target.Child(name, place);
            }
            Add(target, table.Items, file);
        }
        return root.ToNode();
    }

    private static void Add(Table table, IEnumerable<KeyValueSyntax> items, string file)
    {
        foreach (var item in items)
        {
            var names = Names(item.Key, file);
            var target = table;
            foreach (var (name, place) in names.SkipLast(1)) target = target.Child(name, place);
            var (last, lastPlace) = names[^1];
            if (item.Value is { } value) target.Set(last, lastPlace, Value(value, file));
        }
    }

    private static List<(string Name, SourceSpan Place)> Names(KeySyntax? key, string file)
    {
        var result = new List<(string, SourceSpan)>();
        if (key?.Key is { } first) result.Add((Text(first), At(first, file)));
        if (key?.DotKeys is { } dotted)
            foreach (var part in dotted)
                if (part.Key is { } k) result.Add((Text(k), At(k, file)));
        // Dotted names nest tables too ([a.b.c…]), past the parser's own depth limit for values.
        if (result.Count > SafeYaml.MaxDepth) throw new TooDeep(result[SafeYaml.MaxDepth].Item2);
        return result;
    }

    private static string Text(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key.ToString() ?? "",
    };

    private static ConfigNode Value(ValueSyntax value, string file)
    {
        var place = At(value, file);
        return value switch
        {
            StringValueSyntax s => new ConfigScalar(s.Value ?? "", ScalarKind.Text, place),
            BooleanValueSyntax b => new ConfigScalar(b.Value ? "true" : "false", ScalarKind.Boolean, place),
            IntegerValueSyntax n => new ConfigScalar(n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Integer, place),
            FloatValueSyntax f => new ConfigScalar(f.Token?.Text ?? "", ScalarKind.Float, place),
            DateTimeValueSyntax d => new ConfigScalar(d.Token?.Text ?? "", ScalarKind.DateTime, place),
            ArraySyntax a => new ConfigList([.. a.Items.Select(i => i.Value).OfType<ValueSyntax>().Select(v => Value(v, file))], place),
            InlineTableSyntax t => InlineTable(t, file, place),
            _ => new ConfigScalar(value.ToString()?.Trim() ?? "", ScalarKind.Text, place),
        };
    }

    private static ConfigNode InlineTable(InlineTableSyntax syntax, string file, SourceSpan place)
    {
        var table = new Table(place);
        Add(table, syntax.Items.Select(i => i.KeyValue).OfType<KeyValueSyntax>(), file);
        return table.ToNode();
    }

    private static SourceSpan At(SyntaxNode node, string file) => new(file, node.Span.Start.Line + 1, node.Span.Start.Column + 1);

    private sealed class TooDeep(SourceSpan place) : Exception
    {
        public SourceSpan Place { get; } = place;
    }

    /// <summary>A table being filled: keys keep the order they were written in.</summary>
    private sealed class Table(SourceSpan place)
    {
        private readonly List<(string Key, SourceSpan Place, object Value)> _entries = [];

        public Table Child(string name, SourceSpan at)
        {
            var index = _entries.FindIndex(e => e.Key == name);
            if (index >= 0 && _entries[index].Value is Table existing) return existing;
            if (index >= 0 && _entries[index].Value is List<Table> { Count: > 0 } array) return array[^1];
            var table = new Table(at);
            _entries.Add((name, at, table));
            return table;
        }

        public Table NextArrayTable(string name, SourceSpan at)
        {
            var index = _entries.FindIndex(e => e.Key == name);
            var table = new Table(at);
            if (index >= 0 && _entries[index].Value is List<Table> array) array.Add(table);
            else _entries.Add((name, at, new List<Table> { table }));
            return table;
        }

        public void Set(string name, SourceSpan at, ConfigNode value) => _entries.Add((name, at, value));

        public ConfigNode ToNode() => new ConfigMap([.. _entries.Select(e => new ConfigEntry(e.Key, e.Place, e.Value switch
        {
            Table t => t.ToNode(),
            List<Table> array => new ConfigList([.. array.Select(t => t.ToNode())], e.Place),
            _ => (ConfigNode)e.Value,
        }))], place);
    }
}
