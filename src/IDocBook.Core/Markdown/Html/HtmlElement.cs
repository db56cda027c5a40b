using IDocBook.Core.Model;

namespace IDocBook.Core.Markdown.Html;

/// <summary>
/// An open or finished raw-HTML element while a fragment is being assembled. Its children are
/// model nodes (<see cref="Block"/>, <see cref="Inline"/>) converted from the Markdown between its
/// tags, or nested <see cref="HtmlElement"/>s: raw HTML in Markdown often spans several blocks.
/// </summary>
internal sealed class HtmlElement(HtmlStartTag tag, SourceSpan source)
{
    public HtmlStartTag Tag { get; } = tag;
    public string Name => Tag.Name;
    public SourceSpan Source { get; } = source;
    public List<object> Children { get; } = [];
}
