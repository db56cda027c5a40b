using System.Text.Json;
using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Themes;
using TextMateSharp.Internal.Types;
using TextMateSharp.Themes;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Reads TextMate grammars and themes from JSON into the raw forms TextMateSharp's own reader gives:
/// objects as <see cref="Raw"/> (a grammar) or <see cref="ThemeRaw"/> (a theme), arrays as lists,
/// strings as strings; numbers and booleans are dropped, as that reader drops them (so
/// "applyEndPatternLast": 1 is ignored there too, and its rules expect that).
/// </summary>
/// <remarks>
/// TextMateSharp 2.0.5 builds a whole SimpleJSON tree of the file, then replays it as plist events,
/// copying every string twice, in large strings that set off full garbage collections. This one
/// walks <see cref="Utf8JsonReader"/> once, over the resource in place. Tests compare the two
/// readers on every grammar and theme the package ships.
/// </remarks>
internal static class TextMateJson
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a grammar from an embedded resource, in place: copying the larger grammars would make a large-object-heap buffer per load, and each of those hastens a full collection.</summary>
    public static IRawGrammar ReadGrammar(UnmanagedMemoryStream resource) => (Raw)Read(resource, static () => new Raw());

    public static IRawTheme ReadTheme(UnmanagedMemoryStream resource) => (ThemeRaw)Read(resource, static () => new ThemeRaw());

    // Objects are made by a delegate, not a new() constraint: in shared generic code that is a
    // reflection call per object (Activator.CreateInstance), a visible share of loading a grammar.
    private static unsafe Dictionary<string, object> Read(UnmanagedMemoryStream resource, Func<Dictionary<string, object>> newObject)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(resource.PositionPointer, checked((int)(resource.Length - resource.Position))), Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A TextMate grammar or theme is a JSON object.");
        return ReadObject(ref reader, newObject);
    }

    private static Dictionary<string, object> ReadObject(ref Utf8JsonReader reader, Func<Dictionary<string, object>> newObject)
    {
        var raw = newObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (ReadValue(ref reader, newObject) is { } value) raw[key] = value;
        }
        return raw;
    }

    private static List<object> ReadArray(ref Utf8JsonReader reader, Func<Dictionary<string, object>> newObject)
    {
        var list = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadValue(ref reader, newObject) is { } value) list.Add(value);
        }
        return list;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Func<Dictionary<string, object>> newObject) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader, newObject),
        JsonTokenType.StartArray => ReadArray(ref reader, newObject),
        JsonTokenType.String => reader.GetString(),
        _ => null,
    };
}
