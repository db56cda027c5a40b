using System.CommandLine;
using IDocBook.Core.Loading;
using IDocBook.Pdf.Pages;

namespace IDocBook.Cli.Commands;

/// <summary>The book argument and output options that <c>build</c> and <c>watch</c> share, defined once so they cannot drift apart.</summary>
internal sealed class BuildArguments
{
    private readonly Argument<string> _book = CommandLine.BookArgument();
    private readonly Option<string> _output = new("--output", "-o") { Description = "Folder for the outputs.", DefaultValueFactory = _ => "output" };
    private readonly Option<string> _format = new("--format") { Description = "What to write: epub, pdf or all.", DefaultValueFactory = _ => "all" };
    private readonly Option<string?> _paper = new("--paper") { Description = "PDF paper size: A4 (default), A5, B5 or Letter; overrides the config." };
    private readonly Option<string?> _margins = new("--margins") { Description = "PDF margins in mm, 1 to 4 values as in CSS (\"25\" or \"25,20\"); overrides the config." };
    private readonly Option<int?> _tocDepth = new("--toc-depth") { Description = "Heading levels in the PDF's printed contents, 1 to 6 (default 2); overrides the config." };
    private readonly Option<bool> _twoSided = new("--two-sided") { Description = "PDF for printing on both sides: mirrored margins, chapters on odd pages, blank pages left blank." };

    public BuildArguments()
    {
        _format.AcceptOnlyFromAmong("epub", "pdf", "all");
        _paper.AcceptOnlyFromAmong([.. Paper.All.Select(p => p.Name)]);
        _margins.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Margins.Parse([value]) is null) r.AddError($"--margins '{value}' must be 1 to 4 numbers of millimetres");
        });
        _tocDepth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } depth && depth is < 1 or > 6) r.AddError($"--toc-depth {depth} must be a heading level from 1 to 6");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_book);
        command.Options.Add(_output);
        command.Options.Add(_format);
        command.Options.Add(_paper);
        command.Options.Add(_margins);
        command.Options.Add(_tocDepth);
        command.Options.Add(_twoSided);
    }

    public BuildOptions From(ParseResult result) =>
        new(result.GetValue(_book)!, result.GetValue(_output)!, result.GetValue(_format)!, result.GetValue(_paper), result.GetValue(_margins))
        {
            TocDepth = result.GetValue(_tocDepth),
            TwoSided = result.GetValue(_twoSided),
        };
}
