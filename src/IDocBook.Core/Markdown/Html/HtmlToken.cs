namespace IDocBook.Core.Markdown.Html;

/// <summary>A piece of raw HTML: a start tag, an end tag, or text (entities already decoded).</summary>
internal abstract record HtmlToken(int Offset);

internal sealed record HtmlStartTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, bool SelfClosing, int Offset) : HtmlToken(Offset)
{
    public string? Get(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

internal sealed record HtmlEndTag(string Name, int Offset) : HtmlToken(Offset);

internal sealed record HtmlText(string Value, int Offset) : HtmlToken(Offset);
