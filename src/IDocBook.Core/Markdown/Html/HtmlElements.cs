namespace IDocBook.Core.Markdown.Html;

/// <summary>What the mapper knows about element names.</summary>
internal static class HtmlElements
{
    public static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    /// <summary>Dropped with their content and a warning: active or embedded content has no place in a book.</summary>
    public static readonly HashSet<string> Unsafe = ["script", "style", "iframe", "object", "embed", "applet", "frame", "frameset"];

    /// <summary>Dropped silently: form controls and document-level elements carry nothing to read.</summary>
    public static readonly HashSet<string> Ignored = ["input", "button", "select", "option", "textarea", "link", "meta", "base", "template", "col", "colgroup", "source", "track", "param", "area", "map", "title", "head"];

    public static readonly HashSet<string> Block =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    ];

    public static bool IsBlock(string name) => Block.Contains(name);
}
