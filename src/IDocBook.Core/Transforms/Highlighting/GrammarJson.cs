using System.Text.Json;
using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Types;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Reads a TextMate grammar from JSON into the raw form TextMateSharp's own reader gives: objects as
/// <see cref="Raw"/>, arrays as lists, strings as strings; numbers and booleans are dropped, as that
/// reader drops them (so "applyEndPatternLast": 1 is ignored there too, and its rules expect that).
/// </summary>
/// <remarks>
/// TextMateSharp 2.0.5 builds a whole SimpleJSON tree of the file, then replays it as plist events,
/// copying every string twice, in large strings that set off full garbage collections. This one walks
/// <see cref="Utf8JsonReader"/> once, over the resource in place.
/// A test compares the two readers on every grammar the package ships.
/// </remarks>
internal static class GrammarJson
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a grammar from an embedded resource, in place: copying the larger grammars would make a large-object-heap buffer per load, and each of those hastens a full collection.</summary>
    public static unsafe IRawGrammar Read(UnmanagedMemoryStream resource) =>
        Read(new ReadOnlySpan<byte>(resource.PositionPointer, checked((int)(resource.Length - resource.Position))));

    private static IRawGrammar Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A TextMate grammar is a JSON object.");
        return ReadObject(ref reader);
    }

    private static Raw ReadObject(ref Utf8JsonReader reader)
    {
        var raw = new Raw();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (ReadValue(ref reader) is { } value) raw[key] = value;
        }
        return raw;
    }

    private static List<object> ReadArray(ref Utf8JsonReader reader)
    {
        var list = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadValue(ref reader) is { } value) list.Add(value);
        }
        return list;
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        _ => null,
    };
}
