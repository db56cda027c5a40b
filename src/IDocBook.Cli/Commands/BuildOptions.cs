namespace IDocBook.Cli.Commands;

/// <summary>What <c>build</c> and <c>watch</c> were asked to do: the book, the output folder, the formats and the paper.</summary>
/// <param name="Book">A book folder or a single Markdown file.</param>
/// <param name="Output">The folder the outputs are written to.</param>
/// <param name="Format">epub, pdf or all.</param>
/// <param name="Paper">A paper name that overrides the config's, or null.</param>
/// <param name="Margins">Margins in millimetres, as CSS writes them, that override the config's, or null.</param>
/// <param name="Diagrams">False keeps diagram blocks as code (<c>--no-diagrams</c>).</param>
internal sealed record BuildOptions(string Book, string Output, string Format = "all", string? Paper = null, string? Margins = null, bool Diagrams = true);
