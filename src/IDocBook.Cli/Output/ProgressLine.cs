using System.Globalization;
using IDocBook.Core.Timing;

namespace IDocBook.Cli.Output;

/// <summary>
/// One line on stderr that says how far a build is (stage, chapters done of total, pages laid
/// out), redrawn in place ten times a second and erased when the build ends, so it never mixes
/// with the diagnostics printed after. It appears only on a terminal, after a quarter of a second
/// (a quick build shows nothing), and never under <c>-q</c>, into a pipe or a file, or on a dumb
/// terminal. Written by hand rather than with Spectre.Console's Progress: that widget draws a
/// table of tasks from its own refresh thread and wants the console to itself, while this is a
/// carriage return, a line and an erase.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250), Every = TimeSpan.FromMilliseconds(100);

    private readonly BuildProgress _progress;
    private readonly TextWriter _error;
    private readonly Style _style;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private bool _drawn, _stopped;

    private ProgressLine(BuildProgress progress, TextWriter error, Style style)
    {
        (_progress, _error, _style) = (progress, error, style);
        _timer = new Timer(_ => Draw(), null, Delay, Every);
    }

    /// <summary>A line drawn from <paramref name="progress"/> while the build runs, or null where none should be drawn.</summary>
    public static ProgressLine? Start(BuildProgress progress, Reporter reporter) =>
        reporter.Settings.Quiet || Console.IsErrorRedirected || Terminal.Dumb ? null : To(progress, Console.Error, reporter.ErrorStyle);

    /// <summary>A line drawn on <paramref name="error"/>, whatever it is.</summary>
    internal static ProgressLine To(BuildProgress progress, TextWriter error, Style style) => new(progress, error, style);

    /// <summary>What the line says now, such as <c>laying out the PDF: 120/201 chapters, 512 pages</c>.</summary>
    public static string Describe((IReadOnlyList<(string Stage, int Done, int Total)> Running, int Pages) now)
    {
        var parts = now.Running.Distinct().Select(r => r.Total > 0 ? $"{Name(r.Stage)}: {r.Done}/{r.Total} chapters" : Name(r.Stage)).ToList();
        if (now.Pages > 0 && now.Running.Any(r => r.Stage.StartsWith("pdf", StringComparison.Ordinal)))
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{now.Pages:N0} pages"));
        return string.Join(", ", parts);
    }

    private static string Name(string stage) => stage switch
    {
        "load" => "reading the book",
        "parse" => "reading chapters",
        "transforms" => "resolving links",
        "diagrams" => "drawing diagrams",
        "highlighting" => "colouring code",
        "images" => "preparing images",
        "epub" => "writing the EPUB",
        "font subsetting" => "subsetting fonts",
        "pdf layout" => "laying out the PDF",
        "pdf write" => "writing the PDF",
        _ => stage,
    };

    private void Draw()
    {
        lock (_lock)
        {
            if (_stopped) return;
            var text = Describe(_progress.Now);
            if (text.Length == 0) return;
            var width = Terminal.Width - 1;
            if (text.Length > width) text = text[..Math.Max(0, width - 1)] + "…";
            _error.Write("\r\u001b[2K" + _style.Dim(text));
            _error.Flush();
            _drawn = true;
        }
    }

    /// <summary>Prints <paramref name="line"/> above the progress line (for <c>-v</c>), which the next tick redraws.</summary>
    public void WriteAbove(string line)
    {
        lock (_lock)
        {
            _error.Write((_drawn ? "\r\u001b[2K" : "") + line + Environment.NewLine);
            _drawn = false;
        }
    }

    /// <summary>Stops drawing and erases the line, leaving the cursor where it was before.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            _stopped = true;
            if (_drawn) _error.Write("\r\u001b[2K");
            _error.Flush();
        }
    }
}
