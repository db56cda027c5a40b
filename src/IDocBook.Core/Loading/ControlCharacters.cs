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
    public static string Remove(string text, string path, DiagnosticSink sink)
    {
        // Vectorized range searches around tab, line feed and carriage return (0x9, 0xA, 0xD): nearly
        // every file has none. A loop that searched again after each line feed boxed characters in
        // the release build; a SearchValues of these characters compiles its vector code at run time
        // (~2 ms in a perf profile of the release build, on the main thread at start-up).
        var span = text.AsSpan();
        var first = Earliest(Earliest(span.IndexOfAnyInRange('\0', '\u0008'), span.IndexOfAnyInRange('\u000B', '\u000C')),
            Earliest(span.IndexOfAnyInRange('\u000E', '\u001F'), span.IndexOfAny('\uFFFE', '\uFFFF')));
        if (first < 0) return text;

        var line = 1 + text.AsSpan(0, first).Count('\n');
        var column = first - (text.LastIndexOf('\n', Math.Max(0, first - 1)) + 1) + 1;
        var sb = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var c in text)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\r') or '\uFFFE' or '\uFFFF') { removed++; continue; }
            sb.Append(c);
        }
        sink.Report(Codes.ControlCharacter, $"{removed} control character{(removed == 1 ? " was" : "s were")} (such as U+{(int)text[first]:X4}) removed, as XML and print cannot show them.",
            new SourceSpan(path, line, column), "Delete them from the file; they are usually pasted terminal output.");
        return sb.ToString();
    }

    private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
