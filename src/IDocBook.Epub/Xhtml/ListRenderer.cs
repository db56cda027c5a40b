using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

internal static class ListRenderer
{
    public static void Write(XhtmlRenderer r, ListBlock list)
    {
        var tasks = list.Items.Any(i => i.Checked is not null);
        r.Start(list.Ordered ? "ol" : "ul", tasks ? "task-list" : null);
        if (list.Ordered && list.Start != 1) r.Attribute("start", list.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
        r.Newline();
        foreach (var item in list.Items) WriteItem(r, item, list.Tight);
        r.End();
        r.Newline();
    }

    // A checkbox glyph, not <input>: form controls outside forms are rejected by some readers.
    private static void WriteItem(XhtmlRenderer r, ListItem item, bool tight)
    {
        r.Start("li", item.Checked is null ? null : "task-list-item");
        if (item.Checked is { } done)
        {
            r.Start("span", done ? "task-checkbox checked" : "task-checkbox");
            r.Text(done ? "☑" : "☐");
            r.End();
            r.Text(" ");
        }
        for (var i = 0; i < item.Content.Count; i++)
        {
            // Tight lists show their paragraphs without <p>, as Markdown renderers do.
            if (tight && item.Content[i] is Paragraph p)
            {
                if (i > 0) r.Newline();
                r.Inlines(p.Content);
            }
            else
            {
                if (i == 0) r.Newline();
                BlockRenderer.Write(r, item.Content[i]);
            }
        }
        r.End();
        r.Newline();
    }
}
