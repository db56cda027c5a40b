using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Hostile;

/// <summary>
/// Runs <c>idocbook build</c> as its own process on a hostile book, with a canary folder beside the
/// book (files a hostile book points at) watched for opens and a local TCP listener watched for
/// connections, and checks what must hold for every such book: the build ends, nothing outside the
/// book was opened, nothing connected, and no temporary file is left.
/// </summary>
internal sealed partial class HostileCli : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    // Output folders made by Build, removed with the canary folder: a test run leaves nothing in /tmp.
    private readonly List<string> _outputs = [];

    public HostileCli()
    {
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.md"), "# SECRET\n\nTOP SECRET TEXT\n");
        File.WriteAllText(Path.Combine(Outside, "secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"s\" width=\"80\" height=\"80\"/></svg>");
        File.WriteAllBytes(Path.Combine(Outside, "secret.png"), TestImages.GreyPng(4, 4));
        File.WriteAllText(Path.Combine(Outside, "secret.css"), "rect { fill: red }");
        _listener.Start();
    }

    /// <summary>A folder outside the book, beside it: every hostile book points here.</summary>
    public string Outside { get; } = Path.Combine(Path.GetTempPath(), "idocbook-outside-" + Guid.NewGuid().ToString("N"));

    /// <summary>A URL no build may connect to.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public sealed record Result(int ExitCode, string Out, string Error, string[] Codes, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Error}\n{Out}";
    }

    /// <summary>Builds <paramref name="book"/> into a fresh folder and checks the invariants.</summary>
    /// <param name="fileDates">Leave SOURCE_DATE_EPOCH unset, so the date comes from the files.</param>
    public Result Build(string book, string format = "all", string? runAs = null, int seconds = 120, bool fileDates = false)
    {
        var output = Path.Combine(Path.GetTempPath(), "idocbook-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        lock (_outputs) _outputs.Add(output);
        if (runAs is not null && !OperatingSystem.IsWindows()) File.SetUnixFileMode(output, (UnixFileMode)0b111_111_111);
        using var watch = new OpenWatch(Outside);
        var result = Run(["build", book, "-o", output, "--format", format], runAs, seconds, output, fileDates);
        watch.Opened().ShouldBeEmpty($"the build opened files outside the book\n{result}");
        _listener.Pending().ShouldBeFalse($"the build connected to {Url}");
        var bookFolder = File.Exists(book) ? Path.GetDirectoryName(book)! : book;
        foreach (var folder in new[] { output, bookFolder })
            Directory.GetFiles(folder, "*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .ShouldBeEmpty($"temporary files left in {folder}");
        return result;
    }

    public static Result Run(IReadOnlyList<string> arguments, string? runAs, int seconds, string output, bool fileDates = false)
    {
        var start = new ProcessStartInfo(runAs is null ? "dotnet" : "setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (runAs is not null) foreach (var a in new[] { "--reuid=" + runAs, "--regid=" + runAs, "--clear-groups", "dotnet" }) start.ArgumentList.Add(a);
        // IDOCBOOK_TEST_CLI runs another build of the tool (an older commit's) against the same books.
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("IDOCBOOK_TEST_CLI") ?? Path.Combine(AppContext.BaseDirectory, "idocbook.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (fileDates) start.Environment.Remove("SOURCE_DATE_EPOCH");
        else start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"idocbook {string.Join(' ', arguments)} did not finish in {seconds} s");
        }
        var error = stderr.Result;
        var codes = Diagnostic().Matches(error).Select(m => $"{m.Groups["code"].Value}@{Path.GetFileName(m.Groups["file"].Value)}").ToArray();
        return new Result(process.ExitCode, stdout.Result, error, codes, output);
    }

    [GeneratedRegex(@"^(?<file>[^\n(]*?)(\(\d+,\d+\))?: (error|warning|note) (?<code>IDB\d{4})", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();

    public void Dispose()
    {
        _listener.Stop();
        lock (_outputs)
        {
            foreach (var folder in _outputs.Append(Outside))
            {
                try { Directory.Delete(folder, true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
    }
}
