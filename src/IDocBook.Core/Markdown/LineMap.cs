using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown;

/// <summary>Turns character offsets of one source file into 1-based line and column.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private readonly string _file;

    public LineMap(string text, string file)
    {
        _file = file;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
    }

    public SourceSpan At(int offset)
    {
        if (offset < 0) offset = 0;
        var line = _starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(_file, line + 1, offset - _starts[line] + 1);
    }
}
