using System.Globalization;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// What a config value may be, and how it is read: each type takes any <see cref="ConfigNode"/> and
/// returns the value, or null after reporting (through <see cref="ValueContext"/>) what is wrong and
/// what is allowed. A null or empty value is no value: the key is as good as absent.
/// </summary>
internal abstract class ConfigType
{
    /// <summary>What is allowed, for messages: "true or false", "a date such as 2026-01-31".</summary>
    public abstract string Allowed { get; }

    public abstract object? Read(ConfigNode node, ValueContext context);

    public static readonly ConfigType Text = new TextType("a text");
    public static readonly ConfigType Path = new TextType("a path inside the book");
    public static readonly ConfigType TextList = new ListType(Text);
    public static readonly ConfigType PathList = new ListType(Path);
    public static readonly ConfigType Boolean = new BooleanType();
    public static readonly ConfigType Date = new DateType();
    public static readonly ConfigType Paper = new PaperType();
    public static readonly ConfigType Margins = new MarginsType();

    public static ConfigType Integer(int min, int max) => new IntegerType(min, max);

    public static ConfigType Choice(params string[] values) => new ChoiceType(values);

    /// <summary>The scalar's text, or null after reporting a list or map where one value belongs.</summary>
    protected string? Scalar(ConfigNode node, ValueContext context)
    {
        switch (node)
        {
            case ConfigScalar { Kind: ScalarKind.Null }:
                return null;
            case ConfigScalar scalar:
                return scalar.Text.Length == 0 ? null : scalar.Text;
            default:
                context.Invalid(node, node is ConfigList ? "a list" : "a map of keys", Allowed);
                return null;
        }
    }

    private sealed class TextType(string allowed) : ConfigType
    {
        public override string Allowed => allowed;

        public override object? Read(ConfigNode node, ValueContext context) => Scalar(node, context);
    }

    /// <summary>One value or a list of them: <c>author: Ada</c> or <c>authors: [Ada, Grace]</c>.</summary>
    private sealed class ListType(ConfigType item) : ConfigType
    {
        public override string Allowed => $"{item.Allowed} or a list of them";

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (node is ConfigMap)
            {
                context.Invalid(node, "a map of keys", Allowed);
                return null;
            }
            IReadOnlyList<ConfigNode> items = node is ConfigList list ? list.Items : [node];
            var values = items.Select(i => item.Read(i, context)).OfType<string>().ToList();
            return values.Count == 0 ? null : values;
        }
    }

    private sealed class BooleanType : ConfigType
    {
        public override string Allowed => "true or false";

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (Scalar(node, context) is not { } text) return null;
            if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
            if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
            // YAML 1.1 read these as booleans; YAML 1.2 (YamlDotNet, and every current reader) reads them as text.
            bool? old = text.ToLowerInvariant() switch { "yes" or "y" or "on" => true, "no" or "n" or "off" => false, _ => null };
            if (old is { } value)
            {
                context.Yaml11Boolean(node, text, value);
                return value;
            }
            context.Invalid(node, $"'{text}'", Allowed);
            return null;
        }
    }

    private sealed class IntegerType(int min, int max) : ConfigType
    {
        public override string Allowed => $"a whole number from {min} to {max}";

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (Scalar(node, context) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            context.Invalid(node, $"'{text}'", Allowed);
            return null;
        }
    }

    private sealed class ChoiceType(string[] values) : ConfigType
    {
        public override string Allowed => values.Length == 2 ? $"{values[0]} or {values[1]}" : string.Join(", ", values[..^1]) + " or " + values[^1];

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (Scalar(node, context) is not { } text) return null;
            if (values.FirstOrDefault(v => v.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } chosen) return chosen;
            context.Invalid(node, $"'{text}'", Allowed);
            return null;
        }
    }

    private sealed class DateType : ConfigType
    {
        public override string Allowed => "a date such as 2026-01-31 (or a time such as 2026-01-31T08:00:00Z)";

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (Scalar(node, context) is not { } text) return null;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                && text.Length >= 8 && char.IsAsciiDigit(text[0])) return date;
            context.Invalid(node, $"'{text}'", Allowed);
            return null;
        }
    }

    private sealed class PaperType : ConfigType
    {
        public override string Allowed => PaperSize.Accepted;

        public override object? Read(ConfigNode node, ValueContext context)
        {
            if (Scalar(node, context) is not { } text) return null;
            if (PaperSize.Parse(text) is not null) return text.Trim();
            context.Invalid(node, $"'{text}'", Allowed);
            return null;
        }
    }

    /// <summary>1 to 4 millimetre values, as CSS orders them: <c>25</c>, <c>25 22</c>, <c>[25, 22, 30]</c>.</summary>
    private sealed class MarginsType : ConfigType
    {
        public override string Allowed => "1 to 4 lengths in millimetres, from 0 to 199, such as 25 22";

        public override object? Read(ConfigNode node, ValueContext context)
        {
            IReadOnlyList<ConfigNode> items = node is ConfigList list ? list.Items : [node];
            var texts = new List<string>();
            foreach (var item in items)
            {
                if (item is not ConfigScalar scalar) { context.Invalid(item, item is ConfigList ? "a list inside a list" : "a map of keys", Allowed); return null; }
                if (scalar.Kind != ScalarKind.Null && scalar.Text.Length > 0) texts.Add(scalar.Text);
            }
            if (texts.Count == 0) return null;
            if (Loading.Margins.Parse(texts) is { } margins) return margins;
            context.Invalid(node, $"'{string.Join(' ', texts)}'", Allowed);
            return null;
        }
    }
}
