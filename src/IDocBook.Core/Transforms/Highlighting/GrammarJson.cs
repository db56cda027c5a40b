using System.Text.Json;
using TextMateSharp.Internal.Parser;
using TextMateSharp.Internal.Types;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Reads a TextMate grammar from JSON into TextMateSharp's raw form, as its own reader does, but
/// streaming with <see cref="Utf8JsonReader"/>.
/// </summary>
/// <remarks>
/// TextMateSharp 2.0.5 first builds a whole SimpleJSON tree of the file and then walks it; for the
/// grammars a book uses (bash, Go) that was about half of the time a build spent loading grammars.
/// The events fed to <see cref="PList{T}"/> are the same, so the result is the same: a test compares
/// the two readers on every grammar the package ships.
/// </remarks>
internal static class GrammarJson
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a grammar from an embedded resource, in place: copying the larger grammars would make a large-object-heap buffer per load, and each of those hastens a full collection.</summary>
    public static unsafe IRawGrammar Read(UnmanagedMemoryStream resource) =>
        Read(new ReadOnlySpan<byte>(resource.PositionPointer, checked((int)(resource.Length - resource.Position))));

    public static IRawGrammar Read(ReadOnlySpan<byte> json)
    {
        var plist = new PList<IRawGrammar>(false);
        var reader = new Utf8JsonReader(json, Options);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: plist.StartElement("dict"); break;
                case JsonTokenType.EndObject: plist.EndElement("dict"); break;
                case JsonTokenType.StartArray: plist.StartElement("array"); break;
                case JsonTokenType.EndArray: plist.EndElement("array"); break;
                case JsonTokenType.PropertyName: Element(plist, "key", reader.GetString()); break;
                case JsonTokenType.String: Element(plist, "string", reader.GetString()); break;
                // TextMateSharp's reader keeps only objects, arrays and strings: it drops numbers and
                // booleans (so "applyEndPatternLast": 1 is ignored there), and its rules expect that.
            }
        }
        return plist.GetResult();
    }

    private static void Element(PList<IRawGrammar> plist, string name, string? text)
    {
        plist.StartElement(name);
        plist.AddString(text);
        plist.EndElement(name);
    }
}
