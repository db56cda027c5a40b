using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;

namespace IDocBook.Pdf.Tagging;

/// <summary>
/// Puts structure elements on laid-out boxes, inside out: the items a block draws that no inner
/// block has tagged get the block's element, and the elements of inner blocks that have no parent
/// yet become its children. Rules, backgrounds and borders stay untagged: the writer marks them as
/// artifacts, as it does running heads and folios.
/// </summary>
internal static class Tags
{
    /// <summary>Tags the boxes' content with <paramref name="element"/> and adopts the elements already on it.</summary>
    public static List<Box> Wrap(List<Box> boxes, StructElement element)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (!box.Items.Any(IsContent)) continue;
            boxes[i] = box with { Items = [.. box.Items.Select(item => Wrap(item, element))] };
        }
        return boxes;
    }

    public static PageItem Wrap(PageItem item, StructElement element)
    {
        if (!IsContent(item) || ReferenceEquals(item.Tag, StructElement.Artifact)) return item;
        if (item.Tag is null) return item with { Tag = element };
        Adopt(item.Tag, element);
        return item;
    }

    /// <summary>Makes <paramref name="element"/> the parent of the outermost element above <paramref name="inner"/> that has none.</summary>
    public static void Adopt(StructElement inner, StructElement element)
    {
        var top = inner;
        while (top.Parent is not null && !ReferenceEquals(top, element)) top = top.Parent;
        // Already inside element, or element is inside this tree (a parent given up front): nothing to adopt.
        if (ReferenceEquals(top, element) || element.IsOrIsIn(top)) return;
        top.Parent = element;
    }

    /// <summary>What a reader reads: text, images, diagram paths, links. Rectangles and lines are drawn decoration.</summary>
    public static bool IsContent(PageItem item) => item is TextItem or ImageItem or PathItem or LinkItem;
}
