using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IDocBook.Bench;

/// <summary>
/// Whole-process runs, as a user types them: <c>idocbook build</c> (the Release build next to this
/// program, or the published one given by <c>--cli</c>) and Pandoc. Wall time includes start-up; the
/// peak working set comes from <c>--timings</c>.
/// </summary>
internal static partial class WholeProcess
{
    public sealed record Run(TimeSpan Wall, double PeakMegabytes);

    /// <summary>The idocbook to run: an executable (the release publish), or null for the build next to this program.</summary>
    public static string? Cli { get; set; }

    public static Run IDocBook(string book, string output, string format, int? processors = null, string[]? extra = null)
    {
        string[] build = ["build", book, "-o", output, "--format", format, "--timings", .. extra ?? []];
        var info = Cli is { } cli ? Start(cli, build) : Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "idocbook.dll"), .. build]);
        if (processors is { } n) info.Environment["DOTNET_PROCESSOR_COUNT"] = n.ToString(CultureInfo.InvariantCulture);
        var (wall, stderr) = Execute(info);
        var peak = PeakLine().Match(stderr) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        return new Run(wall, peak);
    }

    public static Run Pandoc(string book, IEnumerable<string> chapterFiles, string epub)
    {
        // Images are written relative to their chapter (../images/x.png); Pandoc resolves them against its
        // resource path, so it gets the chapters' folder too and embeds them as IDocBook does.
        var info = Start("pandoc", ["-f", "markdown", "-o", epub, "--metadata", "title=容器技术实践", "--metadata", "lang=zh-CN", "--resource-path=.:chapters", .. chapterFiles]);
        info.WorkingDirectory = book;
        return new Run(Execute(info).Wall, double.NaN);
    }

    public static bool PandocAvailable()
    {
        try
        {
            using var p = Process.Start(Start("pandoc", ["--version"]))!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static ProcessStartInfo Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        return info;
    }

    private static (TimeSpan Wall, string Stderr) Execute(ProcessStartInfo info)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(start);
        // Exit 1 (book errors) still writes the outputs, but a benchmark book has none: treat it as a failure.
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}:\n{stdout}{stderr.Result}");
        return (wall, stderr.Result);
    }

    [GeneratedRegex(@"peak working set (\d+) MB")]
    private static partial Regex PeakLine();
}
