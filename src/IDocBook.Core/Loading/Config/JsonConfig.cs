using System.Text;
using System.Text.Json;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// A JSON config (GitBook's <c>book.json</c>) as a <see cref="ConfigNode"/> tree. Read token by
/// token, so every key and value has its line and column (JsonDocument keeps none); comments and
/// trailing commas are allowed, as GitBook allows them.
/// </summary>
internal static class JsonConfig
{
    /// <summary>Why the JSON was refused, at a 1-based line and column.</summary>
    public sealed record Problem(string Message, int Line, int Column);

    public static ConfigNode? Read(string text, string file, out Problem? problem)
    {
        problem = null;
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = SafeYaml.MaxDepth,
        });
        try
        {
            if (!reader.Read()) return new ConfigMap([], new SourceSpan(file, 1, 1));
            return Value(ref reader, file, lines);
        }
        catch (JsonException e)
        {
            problem = new Problem(e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' '), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = new Problem(e.Message.TrimEnd('.'), 1, 1);
            return null;
        }
    }

    // The reader refuses nesting past MaxDepth, so this recursion is bounded.
    private static ConfigNode Value(ref Utf8JsonReader reader, string file, LineStarts lines)
    {
        var place = lines.At(file, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<ConfigEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    var keyPlace = lines.At(file, reader.TokenStartIndex);
                    reader.Read();
                    entries.Add(new ConfigEntry(key, keyPlace, Value(ref reader, file, lines)));
                }
                return new ConfigMap(entries, place);
            case JsonTokenType.StartArray:
                var items = new List<ConfigNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Value(ref reader, file, lines));
                return new ConfigList(items, place);
            case JsonTokenType.String:
                return new ConfigScalar(reader.GetString() ?? "", ScalarKind.Text, place);
            case JsonTokenType.Number:
                var number = Encoding.UTF8.GetString(reader.ValueSpan);
                return new ConfigScalar(number, reader.TryGetInt64(out _) ? ScalarKind.Integer : ScalarKind.Float, place);
            case JsonTokenType.True or JsonTokenType.False:
                return new ConfigScalar(reader.GetBoolean() ? "true" : "false", ScalarKind.Boolean, place);
            default:
                return new ConfigScalar("", ScalarKind.Null, place);
        }
    }

    /// <summary>Turns byte offsets into 1-based lines and columns counted in characters.</summary>
    private sealed class LineStarts
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineStarts(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
        }

        public SourceSpan At(string file, long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = Encoding.UTF8.GetCharCount(_bytes, _starts[line], (int)offset - _starts[line]) + 1;
            return new SourceSpan(file, line + 1, column);
        }
    }
}
