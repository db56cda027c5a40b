namespace IDocBook.Pdf.Output;

/// <summary>The /PageLabels number tree: front matter i, ii, iii…, the body 1, 2, 3….</summary>
internal static class PageLabels
{
    /// <returns>The dictionary, or null when the book asks for no labels.</returns>
    public static string? Write(IReadOnlyList<PageLabelRange> ranges, int pageCount)
    {
        var used = ranges.Where(r => r.StartPage >= 0 && r.StartPage < pageCount)
            .GroupBy(r => r.StartPage).Select(g => g.Last())
            .OrderBy(r => r.StartPage).ToList();
        if (used.Count == 0) return null;
        // The tree must start at page 0; pages before the first range are numbered plainly.
        if (used[0].StartPage != 0) used.Insert(0, new PageLabelRange(0, PageLabelStyle.Decimal));
        var nums = used.Select(r =>
        {
            var style = r.Style == PageLabelStyle.LowerRoman ? "/r" : "/D";
            var start = r.FirstNumber != 1 ? " /St " + PdfText.Number(Math.Max(1, r.FirstNumber)) : "";
            return $"{PdfText.Number(r.StartPage)} <</S {style}{start}>>";
        });
        return "<</Nums [" + string.Join(" ", nums) + "]>>";
    }
}
