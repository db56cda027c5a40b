using IDocBook.Core.Loading;
using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown;

/// <summary>
/// Turns character offsets of one source text into 1-based line and column. When the text was
/// expanded from includes, <c>origins</c> gives each line's real file and line; columns after an
/// include spliced into the middle of a line are counted from the start of the expanded line.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private readonly string _file;
    private readonly IReadOnlyList<LineOrigin>? _origins;

    public LineMap(string text, string file, IReadOnlyList<LineOrigin>? origins = null)
    {
        _file = file;
        _origins = origins;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
    }

    public SourceSpan At(int offset)
    {
        if (offset < 0) offset = 0;
        var line = _starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var column = offset - _starts[line] + 1;
        return _origins is not null && line < _origins.Count
            ? new SourceSpan(_origins[line].File, _origins[line].Line, column)
            : new SourceSpan(_file, line + 1, column);
    }
}
