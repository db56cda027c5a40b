using System.Globalization;
using IDocBook.Core.Model;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>Lists: item content indented, the marker hung in the indent on the first line's baseline.</summary>
internal static class ListLayout
{
    public static List<Box> Layout(ListBlock list, float width, LayoutContext c)
    {
        var indent = c.Type.BodySize * 2f;
        var boxes = new List<Box>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var content = BlockLayout.Layout(item.Content, width - indent, c, new BlockEnv(IndentParagraphs: false));
            if (content.Count == 0) continue;
            var li = new Tagging.StructElement("LI");
            Tagging.Tags.Wrap(content, new Tagging.StructElement("LBody") { Parent = li });
            content = BoxOffset.Indent(content, indent);
            var first = content[0];
            var baseline = first.Items.OfType<TextItem>().FirstOrDefault()?.Baseline ?? c.Type.BodySize;
            var marker = Marker(list, i, item);
            var style = c.Type.Body with { Color = item.Checked is null ? c.Type.Text : c.Type.Muted };
            var markerWidth = c.Text.Measure(marker, style);
            var line = c.Text.Layout(new ParagraphSpec([new StyledText(marker, style)], markerWidth + 1) { Align = TextAlign.Left });
            var markerItems = line.Count > 0
                ? new PageItem[] { new TextItem(indent - markerWidth - c.Type.BodySize * 0.4f, baseline, line[0]) { Tag = new Tagging.StructElement("Lbl") { Parent = li } } }
                : [];
            var spacing = i == 0 ? c.Type.BodySize * 0.45f : list.Tight ? c.Type.BodySize * 0.1f : c.Type.BodySize * 0.45f;
            content[0] = first with { Items = [.. markerItems, .. first.Items], SpaceBefore = spacing };
            boxes.AddRange(content);
        }
        return boxes;
    }

    private static string Marker(ListBlock list, int index, ListItem item) => item.Checked switch
    {
        true => "■",
        false => "□",
        null => list.Ordered ? (list.Start + index).ToString(CultureInfo.InvariantCulture) + "." : "•",
    };
}
