using System.Text.Json;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using NJsonSchema;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>
/// Issue 15.5: <c>--diagnostics-format json</c> writes one object per line and <c>sarif</c> one SARIF
/// 2.1.0 log, both on stdout, each validated against its schema: ours in docs/schemas, and OASIS's
/// sarif-schema-2.1.0.json (errata 01, from the oasis-tcs/sarif-spec repository) in Cli/Schemas.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DiagnosticFormatTests
{
    private static readonly string Mistakes = FixtureBooks.PathOf("mistakes");

    private static JsonSchema Schema(string path) => JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();

    [Fact]
    public void JsonIsOneValidObjectPerLineOnStdout()
    {
        var schema = Schema(Repository.PathOf("docs/schemas/diagnostic.schema.json"));
        var result = ConsoleCapture.Run("check", Mistakes, "--diagnostics-format", "json", "--no-diagrams");
        result.ExitCode.ShouldBe(1);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(5);
        foreach (var line in lines) schema.Validate(line).ShouldBeEmpty(line);
        using var first = JsonDocument.Parse(lines.First(l => l.Contains("IDB0050")));
        var d = first.RootElement;
        (d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("severity").GetString())
            .ShouldBe((Path.Combine(Mistakes, "book.yml"), 3, 1, "warning"));
        d.GetProperty("hint").GetString().ShouldBe("If you meant 'author', correct the spelling.");
        result.Error.ShouldContain("Checked ");
    }

    [Fact]
    public void TheDiagnosticSchemaRefusesWhatIsNotADiagnostic()
    {
        var schema = Schema(Repository.PathOf("docs/schemas/diagnostic.schema.json"));
        schema.Validate("""{"file":null,"line":null,"column":null,"severity":"fatal","code":"IDB0001","message":"A.","hint":"B."}""").ShouldNotBeEmpty();
        schema.Validate("""{"file":"a","line":1,"column":1,"severity":"error","code":"IDB0001","message":"no stop","hint":"B."}""").ShouldNotBeEmpty();
    }

    [Fact]
    public void SarifIsAValidSarif210Log()
    {
        var schema = Schema(Path.Combine(AppContext.BaseDirectory, "Cli", "Schemas", "sarif-schema-2.1.0.json"));
        var result = ConsoleCapture.Run("check", Mistakes, "--diagnostics-format", "sarif", "--no-diagrams");
        result.ExitCode.ShouldBe(1);
        var errors = schema.Validate(result.Out);
        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
        using var log = JsonDocument.Parse(result.Out);
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order().ShouldBe(rules);
        var unknownKey = results.First(r => r.GetProperty("ruleId").GetString() == "IDB0050");
        var location = unknownKey.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldEndWith("tests/fixtures/mistakes/book.yml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(3);
        unknownKey.GetProperty("level").GetString().ShouldBe("warning");
    }

    [Fact]
    public async Task TheSarifSchemaIsTheOfficialOneAndRefusesABrokenLog()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Cli", "Schemas", "sarif-schema-2.1.0.json"));
        text.ShouldContain("\"id\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\"");
        var schema = await JsonSchema.FromJsonAsync(text);
        schema.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[{"level":"fatal","message":{"text":"x"}}]}]}""").ShouldNotBeEmpty();
    }
}
