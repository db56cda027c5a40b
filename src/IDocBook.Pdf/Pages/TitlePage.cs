using IDocBook.Core.Model;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>The title page: title, subtitle, version and authors, centred in the upper third.</summary>
internal static class TitlePage
{
    public static Page Make(BookMetadata meta, PageSetup setup, LayoutContext c)
    {
        var items = new List<PageItem>();
        var section = new Tagging.StructElement("Sect");
        var y = setup.Top + setup.ContentHeight * 0.28f;
        y = Add(items, meta.Title, c.Type.Heading(1) with { Size = 28 }, y, setup, c, section);
        if (meta.Subtitle is { Length: > 0 } subtitle)
            y = Add(items, subtitle, c.Type.Body with { Size = 15, Color = c.Type.Muted }, y + 12, setup, c, section);
        if (meta.Version is { Length: > 0 } version)
            y = Add(items, version, c.Type.Body with { Size = 11, Color = c.Type.Muted }, y + 8, setup, c, section);
        items.Add(new LineItem(setup.Left + setup.ContentWidth * 0.42f, y + 18, setup.Left + setup.ContentWidth * 0.58f, y + 18, c.Type.Rule, 0.8f));
        if (meta.Authors.Count > 0)
            Add(items, string.Join("  ", meta.Authors), c.Type.Body with { Size = 13 }, y + 40, setup, c, section);
        return new Page(setup.Paper.Width, setup.Paper.Height, items);
    }

    private static float Add(List<PageItem> items, string text, TextStyle style, float y, PageSetup setup, LayoutContext c, Tagging.StructElement section)
    {
        var paragraph = new Tagging.StructElement("P") { Parent = section };
        var spec = new ParagraphSpec([new StyledText(text, style)], setup.ContentWidth) { Align = TextAlign.Center, LineHeight = 1.35f };
        foreach (var line in c.Text.Layout(spec))
        {
            items.Add(new TextItem(setup.Left, y + line.Baseline, line) { Tag = paragraph });
            y += line.Height;
        }
        return y;
    }
}
