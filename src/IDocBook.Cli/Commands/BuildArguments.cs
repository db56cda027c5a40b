using System.CommandLine;
using IDocBook.Core;
using IDocBook.Core.Loading;
using IDocBook.Pdf.Pages;

namespace IDocBook.Cli.Commands;

/// <summary>
/// The book argument and the options that <c>build</c>, <c>watch</c> and <c>check</c> share, defined
/// once so they cannot drift apart: <c>check</c> takes every one that changes what is checked (all
/// but <c>-o</c> and <c>--checksums</c>), so it reports what the same <c>build</c> would.
/// </summary>
internal sealed class BuildArguments
{
    private readonly bool _writes;
    private readonly Argument<string> _book = CommandLine.BookArgument();
    private readonly Option<string> _output = new("--output", "-o") { Description = "Folder for the outputs.", DefaultValueFactory = _ => "output" };
    private readonly Option<string> _format = new("--format") { Description = "What to write: epub, pdf or all.", DefaultValueFactory = _ => "all" };
    private readonly Option<string?> _paper = new("--paper") { Description = $"PDF paper size: {Paper.Accepted}; overrides the config." };
    private readonly Option<bool> _noDiagrams = new("--no-diagrams") { Description = "Keep mermaid diagrams as code instead of drawing them." };
    private readonly Option<string?> _margins = new("--margins") { Description = "PDF margins in mm, 1 to 4 values as in CSS (\"25\" or \"25,20\"); overrides the config." };
    private readonly Option<string[]> _fontPath = FontPathOption();

    /// <summary><c>--font-path DIR</c>, repeatable: folders whose fonts the PDF tries after the bundled ones.</summary>
    public static Option<string[]> FontPathOption()
    {
        var option = new Option<string[]>("--font-path") { Description = "A folder of .ttf/.otf fonts to try after the bundled ones (repeatable).", AllowMultipleArgumentsPerToken = false };
        option.Validators.Add(r =>
        {
            foreach (var folder in r.GetValueOrDefault<string[]>() ?? [])
                if (!Directory.Exists(folder)) r.AddError($"--font-path '{folder}' is not a folder");
        });
        return option;
    }
    private readonly Option<string[]> _metadata = new("--metadata", "-M")
    {
        Description = "Set a book.yml key for this build, e.g. -M version=1.2.0 -M date=2026-12-01 (repeatable; wins over the config).",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private readonly Option<string?> _chapters = new("--chapters") { Description = "Only these chapters, by position in the summary or file name: \"2-3,5\" or \"install.md\"." };
    private readonly Option<bool> _checksums = new("--checksums") { Description = "Also write SHA256SUMS for the outputs (sha256sum -c reads it)." };
    private readonly Option<bool> _noTitlePage = new("--no-title-page") { Description = "Leave the title page out of the PDF." };
    private readonly Option<bool> _noToc = new("--no-toc") { Description = "Leave the printed contents out of the PDF (bookmarks stay)." };
    private readonly Option<string> _pdfStandard = new("--pdf-standard")
    {
        Description = "Standards the PDF claims: ua-1 (default), a-2u, both as ua-1,a-2u, or none. The PDF is tagged whatever this says.",
        DefaultValueFactory = _ => "ua-1",
    };
    private readonly Option<bool> _booklet = new("--booklet") { Description = "Impose the PDF for saddle-stitch printing: two pages per landscape sheet, in booklet order." };
    private readonly Option<int?> _tocDepth = new("--toc-depth") { Description = "Heading levels in the PDF's printed contents, 1 to 6 (default 2); overrides the config." };
    private readonly Option<bool> _twoSided = new("--two-sided") { Description = "PDF for printing on both sides: mirrored margins, chapters on odd pages, blank pages left blank." };

    /// <param name="writes">False for <c>check</c>, which writes nothing and so takes no output folder.</param>
    public BuildArguments(bool writes = true)
    {
        _writes = writes;
        _format.AcceptOnlyFromAmong("epub", "pdf", "all");
        _paper.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Paper.Parse(value) is null) r.AddError($"--paper '{value}' is not {Paper.Accepted}.");
        });
        _pdfStandard.Validators.Add(r =>
        {
            if (PdfStandard(r.GetValueOrDefault<string>()) is null) r.AddError($"--pdf-standard '{r.GetValueOrDefault<string>()}' is not ua-1, a-2u, ua-1,a-2u or none.");
        });
        _margins.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Margins.Parse([value]) is null) r.AddError($"--margins '{value}' must be 1 to 4 numbers of millimetres.");
        });
        _tocDepth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } depth && depth is < 1 or > 6) r.AddError($"--toc-depth {depth} must be a heading level from 1 to 6");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_book);
        foreach (var option in new Option[] { _output, _format, _paper, _margins, _tocDepth, _twoSided, _fontPath, _metadata, _chapters, _checksums, _noTitlePage, _noToc, _booklet, _noDiagrams, _pdfStandard })
            if (_writes || (option != _output && option != _checksums)) command.Options.Add(option);
    }

    public BuildOptions From(ParseResult result) =>
        new(result.GetValue(_book)!, result.GetValue(_output)!, result.GetValue(_format)!, result.GetValue(_paper), result.GetValue(_margins), !result.GetValue(_noDiagrams))
        {
            TocDepth = result.GetValue(_tocDepth),
            TwoSided = result.GetValue(_twoSided),
            FontPaths = [.. (result.GetValue(_fontPath) ?? []).Select(Path.GetFullPath)],
            Read = new ReadOptions { Metadata = result.GetValue(_metadata) ?? [], Chapters = result.GetValue(_chapters) },
            Checksums = result.GetValue(_checksums),
            TitlePage = !result.GetValue(_noTitlePage),
            Contents = !result.GetValue(_noToc),
            Booklet = result.GetValue(_booklet),
            PdfStandards = PdfStandard(result.GetValue(_pdfStandard)) ?? IDocBook.Pdf.Output.PdfStandards.Ua1,
        };

    /// <summary>The standards a <c>--pdf-standard</c> value names, or null when it names something else.</summary>
    public static IDocBook.Pdf.Output.PdfStandards? PdfStandard(string? value)
    {
        var standards = IDocBook.Pdf.Output.PdfStandards.None;
        foreach (var name in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (name.ToLowerInvariant())
            {
                case "ua-1": standards |= IDocBook.Pdf.Output.PdfStandards.Ua1; break;
                case "a-2u": standards |= IDocBook.Pdf.Output.PdfStandards.A2u; break;
                case "none": break;
                default: return null;
            }
        }
        return value is null ? null : standards;
    }
}
