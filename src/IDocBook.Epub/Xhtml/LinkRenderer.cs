using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Links after the link transform: chapters become <c>{id}.xhtml#anchor</c>, external URLs stay as
/// written, and anything unresolved keeps its text in a <c>broken-link</c> span rather than a dead link.
/// </summary>
internal static class LinkRenderer
{
    public static void Write(XhtmlRenderer r, Link link)
    {
        if (link.Target is InternalTarget { Anchor: { } anchor } target) r.LinkedAnchors.Add((target.ChapterId, anchor));
        var href = link.Target switch
        {
            InternalTarget t => r.Context.Href(t.ChapterId, t.Anchor, "text/"),
            ExternalTarget e when IsSafeUrl(e.Url) => e.Url,
            _ => null,
        };
        if (href is null || r.LinkDepth > 0)
        {
            r.Start("span", href is null ? "broken-link" : null);
            r.Inlines(link.Content);
            r.End();
            return;
        }
        r.Start("a", link.Target is ExternalTarget ? "external" : null);
        r.Attribute("href", href);
        r.Attribute("title", link.Title);
        r.LinkDepth++;
        r.Inlines(link.Content);
        r.LinkDepth--;
        r.End();
    }

    // Script URLs do not belong in a book, and a URL with whitespace or controls fails EPUBCheck.
    private static bool IsSafeUrl(string url) =>
        url.Length > 0
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && !url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
        && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
