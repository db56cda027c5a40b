using System.Collections.Concurrent;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Characters no font has, each with the first place it occurs in source order (not in the order
/// threads happened to set chapters), reported once per book when layout is done.
/// </summary>
internal sealed class MissingCharacters
{
    private readonly ConcurrentDictionary<int, SourceSpan?> _first = new();

    public void Note(int codePoint, SourceSpan? source) =>
        _first.AddOrUpdate(codePoint, source, (_, seen) => Compare(source, seen) < 0 ? source : seen);

    public bool Any => !_first.IsEmpty;

    /// <summary>Reports each character once, in code point order, and forgets them.</summary>
    public void Report(DiagnosticSink sink)
    {
        foreach (var (cp, source) in _first.OrderBy(e => e.Key))
        {
            sink.Report(Codes.CharacterMissing,
                $"No font has U+{cp:X4} '{char.ConvertFromUtf32(cp)}'; it is drawn as a box (.notdef).", source,
                "Name a font that has it in the book's config, or avoid the character.");
        }
        _first.Clear();
    }

    // Places without a source sort last, so a located occurrence is the one reported.
    private static int Compare(SourceSpan? a, SourceSpan? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : 1) : -1;
        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0) return byFile;
        return a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }
}
