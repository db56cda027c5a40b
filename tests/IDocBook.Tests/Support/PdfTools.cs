using System.Diagnostics;
using Xunit;

namespace IDocBook.Tests.Support;

/// <summary>
/// Runs the command-line PDF checkers (qpdf, poppler's pdffonts and pdftotext). When a tool is missing
/// the calling test is skipped with the reason, unless <c>IDOCBOOK_REQUIRE_VALIDATORS=1</c>, in which
/// case it fails: CI must not pass by skipping.
/// </summary>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    /// <summary>One row of <c>pdffonts</c>: name, type (e.g. "CID TrueType"), embedded, subset.</summary>
    public sealed record FontRow(string Name, string Type, bool Embedded, bool Subset);

    public static Result QpdfCheck(string pdf) => Run("qpdf", "--check", pdf);

    public static string PdfToText(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-").Output;

    /// <summary>The first page of <paramref name="pdf"/> as poppler draws it (pdftoppm), as PNG bytes.</summary>
    public static byte[] Render(string pdf, int dpi)
    {
        var prefix = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"idocbook-{Guid.NewGuid():N}");
        try
        {
            var result = Run("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
            Assert.True(result.ExitCode == 0, $"pdftoppm failed: {result}");
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }

    public static IReadOnlyList<FontRow> PdfFonts(string pdf)
    {
        var result = Run("pdffonts", pdf);
        Assert.True(result.ExitCode == 0, $"pdffonts failed: {result}");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Fixed columns, found from the dashes under the header: names and types contain spaces.
        var dashes = lines[1];
        var columns = new List<(int Start, int End)>();
        for (var i = 0; i < dashes.Length;)
        {
            var end = dashes.IndexOf(' ', i) is >= 0 and var e ? e : dashes.Length;
            columns.Add((i, end));
            i = end + 1;
        }
        string Cell(string line, int column) =>
            line.Length <= columns[column].Start ? "" : line[columns[column].Start..Math.Min(line.Length, columns[column].End)].Trim();
        return [.. lines.Skip(2).Select(l => new FontRow(Cell(l, 0), Cell(l, 1), Cell(l, 3) == "yes", Cell(l, 4) == "yes"))];
    }

    /// <summary>Skips (or, when validators are required, fails) the calling test if <paramref name="tool"/> is not on PATH.</summary>
    public static void SkipUnlessAvailable(string tool)
    {
        if (Find(tool) is not null) return;
        if (Environment.GetEnvironmentVariable("IDOCBOOK_REQUIRE_VALIDATORS") == "1")
            Assert.Fail($"{tool} is required (IDOCBOOK_REQUIRE_VALIDATORS=1) but is not on PATH.");
        Skip.If(true, $"{tool} not available (install qpdf / poppler-utils). Set IDOCBOOK_REQUIRE_VALIDATORS=1 to make this a failure.");
    }

    /// <summary>Writes <paramref name="pdf"/> to a temporary file for the command-line tools; deleted on dispose.</summary>
    public static TempPdf Save(byte[] pdf) => new(pdf);

    public sealed class TempPdf : IDisposable
    {
        public string Path { get; }

        public TempPdf(byte[] pdf)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"idocbook-{Guid.NewGuid():N}.pdf");
            File.WriteAllBytes(Path, pdf);
        }

        public void Dispose() => File.Delete(Path);
    }

    private static Result Run(string tool, params string[] args)
    {
        SkipUnlessAvailable(tool);
        var start = new ProcessStartInfo(Find(tool)!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(); Assert.Fail($"{tool} timed out"); }
        return new Result(process.ExitCode, stdout, stderr.Result);
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
