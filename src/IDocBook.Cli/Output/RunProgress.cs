using System.Globalization;
using IDocBook.Core.Timing;

namespace IDocBook.Cli.Output;

/// <summary>
/// The stages of one build, as the options want them watched: timed for <c>--timings</c>, drawn
/// as a progress line on a terminal, and logged as each ends under <c>-v</c>.
/// </summary>
internal sealed class RunProgress : IDisposable
{
    private readonly ProgressLine? _line;

    public RunProgress(Reporter reporter, bool timings = false)
    {
        var progress = new BuildProgress();
        _line = ProgressLine.Start(progress, reporter);
        if (reporter.Settings.Verbose && !reporter.Settings.Quiet)
        {
            var style = reporter.ErrorStyle;
            progress.StageEnded += (stage, wall) =>
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"idocbook: {stage} took {wall.TotalMilliseconds:N0} ms");
                if (_line is not null) _line.WriteAbove(style.Dim(text));
                else reporter.Verbose(text);
            };
        }
        Stages = new Stages(timings, progress);
    }

    public Stages Stages { get; }

    /// <summary>Erases the progress line, before the diagnostics are printed.</summary>
    public void Dispose() => _line?.Dispose();
}
