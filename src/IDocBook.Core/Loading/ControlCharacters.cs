using System.Buffers;
using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// Removes the characters XML 1.0 cannot hold (NUL and the other C0 controls except tab and line
/// ends, U+FFFE and U+FFFF) as a file is read, and says where the first one was. Left in, they
/// would be silently dropped by the EPUB writer and could reach the PDF as boxes; removed here,
/// every writer sees the same text and the author hears about it once per file.
/// </summary>
internal static class ControlCharacters
{
    // Every C0 control but tab, line feed and carriage return, and the two noncharacters.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')), '\uFFFE', '\uFFFF']);

    public static string Remove(string text, string path, DiagnosticSink sink)
    {
        // One vectorized pass: nearly every file has none.
        var first = text.AsSpan().IndexOfAny(Forbidden);
        if (first < 0) return text;

        var line = 1 + text.AsSpan(0, first).Count('\n');
        var column = first - (text.LastIndexOf('\n', Math.Max(0, first - 1)) + 1) + 1;
        var sb = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var c in text)
        {
            if (Forbidden.Contains(c)) { removed++; continue; }
            sb.Append(c);
        }
        sink.Report(Codes.ControlCharacter, $"{removed} control character{(removed == 1 ? " was" : "s were")} (such as U+{(int)text[first]:X4}) removed, as XML and print cannot show them.",
            new SourceSpan(path, line, column), "Delete them from the file; they are usually pasted terminal output.");
        return sb.ToString();
    }
}
