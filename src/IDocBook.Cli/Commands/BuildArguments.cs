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
    private readonly Option<bool> _noDiagrams = new("--no-diagrams") { Description = "Keep mermaid diagrams as code instead of drawing them." };
    private readonly Option<string?> _margins = new("--margins") { Description = "PDF margins in mm, 1 to 4 values as in CSS (\"25\" or \"25,20\"); overrides the config." };

    public BuildArguments()
    {
        _format.AcceptOnlyFromAmong("epub", "pdf", "all");
        _paper.AcceptOnlyFromAmong([.. Paper.All.Select(p => p.Name)]);
        _margins.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Margins.Parse([value]) is null) r.AddError($"--margins '{value}' must be 1 to 4 numbers of millimetres");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_book);
        command.Options.Add(_output);
        command.Options.Add(_format);
        command.Options.Add(_paper);
        command.Options.Add(_margins);
        command.Options.Add(_noDiagrams);
    }

    public BuildOptions From(ParseResult result) =>
        new(result.GetValue(_book)!, result.GetValue(_output)!, result.GetValue(_format)!, result.GetValue(_paper), result.GetValue(_margins), !result.GetValue(_noDiagrams));
}
