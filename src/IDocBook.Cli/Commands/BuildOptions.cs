namespace IDocBook.Cli.Commands;

/// <summary>What <c>build</c> and <c>watch</c> were asked to do: the book, the output folder, the formats and the paper.</summary>
/// <param name="Book">A book folder or a single Markdown file.</param>
/// <param name="Output">The folder the outputs are written to.</param>
/// <param name="Format">epub, pdf or all.</param>
/// <param name="Paper">A paper name that overrides the config's, or null.</param>
/// <param name="Margins">Margins in millimetres, as CSS writes them, that override the config's, or null.</param>
internal sealed record BuildOptions(string Book, string Output, string Format = "all", string? Paper = null, string? Margins = null)
{
    /// <summary>Heading levels in the printed contents, overriding the config's <c>toc-depth</c>; null for the config's.</summary>
    public int? TocDepth { get; init; }
    /// <summary>Two-sided printing, on top of the config's <c>two-sided</c>.</summary>
    public bool TwoSided { get; init; }
    /// <summary>Print the typesetting report of the PDF (build only).</summary>
    public bool TypesetReport { get; init; }
}
