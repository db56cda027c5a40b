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

    private static void WriteItem(XhtmlRenderer r, ListItem item, bool tight)
    {
        r.Start("li", item.Checked is null ? null : "task-list-item");
        // The checkbox goes inside the first paragraph, or a loose item would show it on a line of its own.
        Action? checkbox = item.Checked is { } done ? () => WriteCheckbox(r, done) : null;
        if (item.Content.FirstOrDefault() is not Paragraph) checkbox?.Invoke();
        for (var i = 0; i < item.Content.Count; i++)
        {
            var before = i == 0 ? checkbox : null;
            // Tight lists show their paragraphs without <p>, as Markdown renderers do.
            if (item.Content[i] is Paragraph p && tight)
            {
                if (i > 0) r.Newline();
                r.Marks.Before(r, p);
                before?.Invoke();
                r.Inlines(p.Content);
            }
            else
            {
                if (i == 0) r.Newline();
                if (item.Content[i] is Paragraph loose)
                {
                    r.Marks.Before(r, loose);
                    BlockRenderer.WriteParagraph(r, loose.Content, null, before);
                }
                else BlockRenderer.Write(r, item.Content[i]);
            }
        }
        r.End();
        r.Newline();
    }

    // A glyph, not <input type="checkbox">: form controls outside forms are rejected by some readers.
    private static void WriteCheckbox(XhtmlRenderer r, bool done)
    {
        r.Start("span", done ? "task-checkbox checked" : "task-checkbox");
        r.Text(done ? "☑" : "☐");
        r.End();
        r.Text(" ");
    }
}
