using IDocBook.Core;

namespace IDocBook.Cli.Commands;

/// <summary>What <c>build</c> and <c>watch</c> were asked to do: the book, the output folder, the formats and the paper.</summary>
/// <param name="Book">A book folder or a single Markdown file.</param>
/// <param name="Output">The folder the outputs are written to.</param>
/// <param name="Format">epub, pdf or all.</param>
/// <param name="Paper">A paper (see <see cref="Pdf.Pages.Paper.Parse"/>) that overrides the config's, or null.</param>
/// <param name="Margins">Margins in millimetres, as CSS writes them, that override the config's, or null.</param>
/// <param name="Diagrams">False keeps diagram blocks as code (<c>--no-diagrams</c>).</param>
internal sealed record BuildOptions(string Book, string Output, string Format = "all", string? Paper = null, string? Margins = null, bool Diagrams = true)
{
    /// <summary>Folders given with <c>--font-path</c>, whose fonts the PDF tries after the bundled ones.</summary>
    public IReadOnlyList<string> FontPaths { get; init; } = [];

    /// <summary>Settings (<c>-M</c>) and the chapters to keep (<c>--chapters</c>).</summary>
    public ReadOptions Read { get; init; } = ReadOptions.Default;

    /// <summary>Write <c>SHA256SUMS</c> beside the outputs.</summary>
    public bool Checksums { get; init; }

    public bool TitlePage { get; init; } = true;

    public bool Contents { get; init; } = true;

    public bool Booklet { get; init; }

    /// <summary>Heading levels in the printed contents, overriding the config's <c>toc-depth</c>; null for the config's.</summary>
    public int? TocDepth { get; init; }

    /// <summary>Two-sided printing, on top of the config's <c>two-sided</c>.</summary>
    public bool TwoSided { get; init; }

    /// <summary>Print the typesetting report of the PDF (build only).</summary>
    public bool TypesetReport { get; init; }
    /// <summary>The standards the PDF claims (<c>--pdf-standard</c>).</summary>
    public IDocBook.Pdf.Output.PdfStandards PdfStandards { get; init; } = IDocBook.Pdf.Output.PdfStandards.Ua1;
}
