namespace IDocBook.Core.Diagrams.Mermaid;

/// <summary>
/// A Mermaid block split into what the diagram parsers read: the front matter's title, the
/// directive and comment lines left out (<c>%%</c> starts a comment only at the start of a line,
/// as in Mermaid), and the first word of the first line, which names the diagram type.
/// </summary>
internal sealed class MermaidSource
{
    private MermaidSource(string? title, string type, SourceLine header, IReadOnlyList<SourceLine> body)
    {
        Title = title;
        Type = type;
        Header = header;
        Body = body;
    }

    /// <summary><c>title:</c> from a front matter block (<c>---</c> … <c>---</c>), if any.</summary>
    public string? Title { get; }

    /// <summary>The diagram type as written (<c>flowchart</c>, <c>graph</c>, <c>sequenceDiagram</c>, <c>pie</c> …).</summary>
    public string Type { get; }

    /// <summary>The line that names the type.</summary>
    public SourceLine Header { get; }

    /// <summary>The lines after the header that are not blank, comments or directives.</summary>
    public IReadOnlyList<SourceLine> Body { get; }

    /// <summary>Null when the block holds nothing but blank lines, comments and front matter.</summary>
    public static MermaidSource? Read(string code)
    {
        var lines = code.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        string? title = null;
        var i = 0;
        while (i < lines.Length && IsSkipped(lines[i])) i++;
        if (i < lines.Length && lines[i].Trim() == "---")
        {
            var start = i + 1;
            for (i = start; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                var trimmed = lines[i].Trim();
                if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && trimmed.StartsWith("title:", StringComparison.Ordinal))
                    title = Unquote(trimmed["title:".Length..].Trim());
            }
            if (i >= lines.Length) throw new MermaidSyntaxException(start, 1, "the front matter that starts with '---' is never closed");
            i++;
            while (i < lines.Length && IsSkipped(lines[i])) i++;
        }
        if (i >= lines.Length) return null;

        var header = new SourceLine(i + 1, lines[i]);
        var text = lines[i].TrimStart();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ';') end++;
        var body = new List<SourceLine>();
        for (var j = i + 1; j < lines.Length; j++)
            if (!IsSkipped(lines[j])) body.Add(new SourceLine(j + 1, lines[j]));
        return new MermaidSource(title is { Length: > 0 } ? title : null, text[..end], header, body);
    }

    private static bool IsSkipped(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed.StartsWith("%%");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
}
