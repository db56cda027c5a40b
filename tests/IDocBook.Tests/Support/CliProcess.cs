using System.Diagnostics;

namespace IDocBook.Tests.Support;

/// <summary>Runs the built <c>idocbook</c> in its own process, in a chosen folder: for what depends on the working folder or the process itself.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Error}\n{Out}";
    }

    public static Result Run(string folder, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        // IDOCBOOK_TEST_CLI runs another build of the tool (an older commit's), as HostileCli does.
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("IDOCBOOK_TEST_CLI") ?? Path.Combine(AppContext.BaseDirectory, "idocbook.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(key); else start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"idocbook {string.Join(' ', arguments)} did not finish");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
