namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>
/// Reads the body of a diagram as one text (statements may span lines inside quotes), knowing the
/// source line and column of every position for error messages.
/// </summary>
internal sealed class Cursor
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly int[] _lineNumbers;

    public Cursor(IReadOnlyList<SourceLine> lines, int firstColumn = 0)
    {
        _lineStarts = new int[lines.Count];
        _lineNumbers = new int[lines.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            _lineStarts[i] = text.Length;
            _lineNumbers[i] = lines[i].Number;
            text.Append(lines[i].Text).Append('\n');
        }
        _text = text.ToString();
        Position = firstColumn;
    }

    public int Position { get; set; }

    public bool AtEnd => Position >= _text.Length;

    public char Current => Position < _text.Length ? _text[Position] : '\0';

    public char Peek(int ahead = 1) => Position + ahead < _text.Length ? _text[Position + ahead] : '\0';

    public string Text => _text;

    public bool StartsWith(string s) => string.CompareOrdinal(_text, Position, s, 0, s.Length) == 0;

    public bool StartsWithWord(string word) =>
        StartsWith(word) && !IsWordChar(Position + word.Length < _text.Length ? _text[Position + word.Length] : ' ');

    /// <summary>Skips spaces and tabs (not line ends).</summary>
    public void SkipSpaces()
    {
        while (Position < _text.Length && _text[Position] is ' ' or '\t' or '\u00A0' or '\u3000') Position++;
    }

    /// <summary>Skips spaces, line ends and statement separators.</summary>
    public void SkipSeparators()
    {
        while (Position < _text.Length && (char.IsWhiteSpace(_text[Position]) || _text[Position] == ';')) Position++;
    }

    /// <summary>The rest of the current line (without its line end), consumed.</summary>
    public string RestOfLine()
    {
        var end = _text.IndexOf('\n', Position);
        if (end < 0) end = _text.Length;
        var rest = _text[Position..end];
        Position = end;
        return rest;
    }

    /// <summary>Up to the end of the statement (a line end or ';'), consumed.</summary>
    public string RestOfStatement()
    {
        var end = Position;
        while (end < _text.Length && _text[end] is not ('\n' or ';')) end++;
        var rest = _text[Position..end];
        Position = end;
        return rest;
    }

    public bool AtStatementEnd
    {
        get
        {
            SkipSpaces();
            return AtEnd || Current is '\n' or ';';
        }
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' || c > 0x7F && !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c);

    public MermaidSyntaxException Error(string message, int? at = null)
    {
        var (line, column) = Where(at ?? Position);
        return new MermaidSyntaxException(line, column, message);
    }

    /// <summary>The 1-based source line and column of a position.</summary>
    public (int Line, int Column) Where(int position)
    {
        if (_lineStarts.Length == 0) return (1, 1);
        var index = Array.BinarySearch(_lineStarts, Math.Min(position, _text.Length));
        if (index < 0) index = ~index - 1;
        index = Math.Clamp(index, 0, _lineStarts.Length - 1);
        return (_lineNumbers[index], position - _lineStarts[index] + 1);
    }

    /// <summary>What is at a position, for messages: the next few characters, or "the end of the diagram".</summary>
    public string Describe(int? at = null)
    {
        var p = at ?? Position;
        if (p >= _text.Length) return "the end of the diagram";
        if (_text[p] == '\n') return "the end of the line";
        var end = p;
        while (end < _text.Length && end - p < 12 && _text[end] != '\n') end++;
        return $"'{_text[p..end].TrimEnd()}'";
    }
}
