using IDocBook.Core.Text;
using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>Generic containers: aligned divs, GitHub-style alerts and disclosure blocks.</summary>
internal static class DivRenderer
{
    public static void Write(XhtmlRenderer r, Div div)
    {
        if (DefinitionListRenderer.IsDefinitionList(div))
        {
            DefinitionListRenderer.Write(r, div);
            return;
        }
        var alertKind = AlertKind(div.Attributes);
        var extra = new List<string>();
        if (alertKind is not null) extra.Add("alert");
        var align = div.Attributes.Get("align")?.Trim().ToLowerInvariant();
        if (align is "center" or "right" or "left" or "justify") extra.Add($"align-{align}");

        r.Start(alertKind is null ? "div" : "aside");
        r.CommonAttributes(div.Attributes, extra);
        var title = alertKind is null ? null : r.Context.Labels.AlertTitle(alertKind);
        string? titleId = null;
        if (alertKind is not null)
        {
            // An aside is a complementary landmark, and several unnamed ones in a file fail
            // landmark-unique: an alert is a note inside the text, named by its title.
            r.Attribute("role", "note");
            if (title is not null) r.Attribute("aria-labelledby", titleId = r.Ids.Fresh("idb-alert-"));
        }
        r.Newline();
        if (title is not null)
        {
            r.Start("p", "alert-title");
            r.Attribute("id", titleId);
            r.Text(title);
            r.End();
            r.Newline();
        }
        r.Blocks(div.Content);
        r.End();
        r.Newline();
    }

    // Readers open details closed by default; an e-book has no reason to hide text, and readers
    // without <details> support show everything anyway, so both agree when it starts open.
    public static void WriteDetails(XhtmlRenderer r, Details details)
    {
        r.Start("details");
        r.Attribute("open", "open");
        r.Newline();
        r.Start("summary");
        r.Inlines(details.Summary);
        r.End();
        r.Newline();
        r.Blocks(details.Content);
        r.End();
        r.Newline();
    }

    /// <summary>"note" for classes <c>alert alert-note</c>; "" for a bare <c>alert</c>; null when not an alert.</summary>
    private static string? AlertKind(Attributes attributes)
    {
        foreach (var c in attributes.Classes)
            if (c.StartsWith("alert-", StringComparison.Ordinal) && c.Length > 6) return c[6..].ToLowerInvariant();
        return attributes.HasClass("alert") ? "" : null;
    }
}
