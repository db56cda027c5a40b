using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Writes the bookmarks as PDF outline objects, numbered by <paramref name="reserve"/>. Chapters show
/// at the top level and their sections are folded, as in most readers' tables of contents.
/// </summary>
internal sealed class OutlineWriter(IReadOnlyDictionary<string, string> destinations, Func<int> reserve)
{
    private readonly List<(int Number, string Body)> _objects = [];

    /// <summary>The objects written, root first; none for an empty outline.</summary>
    public IReadOnlyList<(int Number, string Body)> Objects => _objects;

    /// <returns>The root's object number, or null when there are no bookmarks.</returns>
    public int? Write(IReadOnlyList<OutlineItem> outline)
    {
        if (outline.Count == 0) return null;
        var root = reserve();
        _objects.Add((root, ""));
        var (first, last) = WriteLevel(outline, root);
        _objects[0] = (root, $"<</Type /Outlines /First {PdfText.Ref(first)} /Last {PdfText.Ref(last)} /Count {PdfText.Number(outline.Count)}>>");
        return root;
    }

    private (int First, int Last) WriteLevel(IReadOnlyList<OutlineItem> items, int parent)
    {
        // Numbers for a level are handed out before its children, so siblings can point at each other.
        var numbers = items.Select(_ => reserve()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var body = new StringBuilder("<<");
            body.Append("/Title ").Append(PdfText.String(item.Title));
            body.Append(" /Parent ").Append(PdfText.Ref(parent));
            if (i > 0) body.Append(" /Prev ").Append(PdfText.Ref(numbers[i - 1]));
            if (i < items.Count - 1) body.Append(" /Next ").Append(PdfText.Ref(numbers[i + 1]));
            if (item.Children.Count > 0)
            {
                var (first, last) = WriteLevel(item.Children, numbers[i]);
                body.Append(" /First ").Append(PdfText.Ref(first)).Append(" /Last ").Append(PdfText.Ref(last));
                // Negative: closed, with this many children shown once opened.
                body.Append(" /Count -").Append(PdfText.Number(item.Children.Count));
            }
            body.Append(" /Dest ").Append(Destination(item));
            body.Append(">>");
            _objects.Add((numbers[i], body.ToString()));
        }
        return (numbers[0], numbers[^1]);
    }

    // The explicit page-and-position array of the name, so the bookmark lands exactly where a link
    // to the same name does, and no viewer has to look the name up.
    private string Destination(OutlineItem item) =>
        destinations.TryGetValue(DestinationNames.ForPdf(item.Destination), out var explicitDestination)
            ? explicitDestination
            : throw new ArgumentException(
                $"Bookmark \"{item.Title}\" points at destination \"{item.Destination}\", which no page defines (no DestinationItem of that name).");
}
