namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>How a code block's text becomes lines; both the styled and the plain path must agree.</summary>
internal static class CodeText
{
    /// <summary>
    /// Splits on <c>\n</c> and <c>\r\n</c>. A final newline ends the last line rather than starting an
    /// empty one (Markdig's fenced code usually has none, but indented code and HTML <c>pre</c> may).
    /// Nothing else is touched: tabs and trailing spaces are part of the code.
    /// </summary>
    public static IReadOnlyList<string> SplitLines(string code)
    {
        var lines = code.Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var result = new string[count];
        for (var i = 0; i < count; i++)
            result[i] = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
        return result;
    }
}
