using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace IDocBook.Tests.Support;

/// <summary>
/// Runs EPUBCheck (<c>java -jar epubcheck.jar file --json -</c>) on an EPUB file. When java or the jar is
/// missing the calling test is skipped with the reason, unless <c>IDOCBOOK_REQUIRE_VALIDATORS=1</c>, in
/// which case it fails: CI must not pass by skipping. Debian's <c>/usr/bin/epubcheck</c> wrapper is broken
/// here, so the jar is called directly; <c>IDOCBOOK_EPUBCHECK_JAR</c> points at another jar.
/// </summary>
internal static class EpubCheck
{
    public const string DefaultJar = "/usr/share/java/epubcheck.jar";

    public sealed record Message(string Id, string Severity, string Text, string Location)
    {
        public override string ToString() => $"{Severity} {Id} {Location}: {Text}";
    }

    public sealed record Result(IReadOnlyList<Message> Messages, string Version)
    {
        public IEnumerable<Message> Problems => Messages.Where(m => m.Severity is "FATAL" or "ERROR" or "WARNING");

        public override string ToString() => $"EPUBCheck {Version}: " + (Messages.Count == 0 ? "no messages" : "\n" + string.Join('\n', Messages));
    }

    /// <summary>Skips (or, when validators are required, fails) the calling test if EPUBCheck cannot run.</summary>
    public static void SkipUnlessAvailable()
    {
        var missing = Missing();
        if (missing is null) return;
        if (Environment.GetEnvironmentVariable("IDOCBOOK_REQUIRE_VALIDATORS") == "1")
            Assert.Fail($"EPUBCheck is required (IDOCBOOK_REQUIRE_VALIDATORS=1) but {missing}.");
        Skip.If(true, $"EPUBCheck not available: {missing}. Set IDOCBOOK_REQUIRE_VALIDATORS=1 to make this a failure.");
    }

    public static Result Run(string epubPath)
    {
        SkipUnlessAvailable();
        var start = new ProcessStartInfo(FindJava()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", Jar, epubPath, "--json", "-" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(); Assert.Fail("EPUBCheck timed out"); }
        var json = stdout.IndexOf('{') is var at and >= 0 ? stdout[at..] : "";
        if (json.Length == 0) Assert.Fail($"EPUBCheck wrote no JSON (exit {process.ExitCode}):\n{stdout}\n{stderr.Result}");
        return Parse(json);
    }

    private static Result Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var messages = new List<Message>();
        foreach (var m in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var locations = m.TryGetProperty("locations", out var l) ? l.EnumerateArray().Select(Location) : [];
            messages.Add(new Message(m.GetProperty("ID").GetString() ?? "", m.GetProperty("severity").GetString() ?? "",
                m.GetProperty("message").GetString() ?? "", string.Join("; ", locations)));
        }
        var version = doc.RootElement.TryGetProperty("checker", out var c) && c.TryGetProperty("checkerVersion", out var v) ? v.GetString() ?? "?" : "?";
        return new Result(messages, version);
    }

    private static string Location(JsonElement l) =>
        $"{l.GetProperty("path").GetString()}({l.GetProperty("line").GetInt32()},{l.GetProperty("column").GetInt32()})";

    private static string Jar => Environment.GetEnvironmentVariable("IDOCBOOK_EPUBCHECK_JAR") is { Length: > 0 } jar ? jar : DefaultJar;

    private static string? Missing() =>
        FindJava() is null ? "java is not on PATH" : !File.Exists(Jar) ? $"{Jar} does not exist" : null;

    private static string? FindJava() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "java.exe" : "java"))
            .FirstOrDefault(File.Exists);
}
