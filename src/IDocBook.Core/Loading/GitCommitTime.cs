using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace IDocBook.Core.Loading;

/// <summary>
/// The time of the last commit that touched a path, when the path is in a git work tree: the date a
/// CI build of a clone should stamp, since a fresh checkout gives every file the clock's time.
/// </summary>
/// <remarks>
/// Git runs in the book's own repository, which may not be trusted: no pager, no fsmonitor (a
/// repository's config can name a program for it), no prompts, no optional locks. <c>log</c> reads
/// objects only; it runs no hooks and reaches no remote.
/// </remarks>
internal static class GitCommitTime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The commit time, or null when there is no git, no repository, or no commit touching <paramref name="path"/>.</summary>
    public static DateTimeOffset? Of(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder)) return null;
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { "--no-pager", "-c", "core.fsmonitor=false", "log", "-1", "--format=%ct", "--", Path.GetFullPath(path) })
            start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            git.StandardInput.Close();
            var error = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            if (!git.WaitForExit(Patience))
            {
                git.Kill(entireProcessTree: true);
                return null;
            }
            _ = error.Result;
            return git.ExitCode == 0 && long.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds is >= 0 and < 253402300800
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null; // no git on this machine
        }
    }
}
