using System.Text.Encodings.Web;
using System.Text.Json;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Output;

/// <summary>
/// One JSON object per diagnostic, one per line (JSON Lines), with the fields
/// <c>docs/schemas/diagnostic.schema.json</c> describes: file, line, column (null when the
/// diagnostic has none), severity, code, message and hint.
/// </summary>
internal static class JsonDiagnostics
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(Diagnostic d)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (d.Source is { File.Length: > 0 } s) json.WriteString("file", s.File); else json.WriteNull("file");
            if (d.Source is { Line: > 0 } l) json.WriteNumber("line", l.Line); else json.WriteNull("line");
            if (d.Source is { Line: > 0, Column: > 0 } c) json.WriteNumber("column", c.Column); else json.WriteNull("column");
            json.WriteString("severity", d.Level);
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
