using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>Issue 15.8: every code has an <c>explain</c> entry and a README row that agree with <c>Codes.cs</c>; every message and hint is a sentence.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class CodeCatalogueTests
{
    [Fact]
    public void EveryCodeHasAnExplanationOfItsSeverity()
    {
        foreach (var (name, code) in Codes.All)
        {
            var entry = Explanations.For(code.Id);
            entry.ShouldNotBeNull($"{code.Id} ({name}) has no section in Explanations.md");
            entry.Severity.ShouldBe(code.Severity.ToString().ToLowerInvariant(), code.Id);
            entry.Summary.ShouldEndWith(".", Case.Sensitive, code.Id);
            entry.Help.Length.ShouldBeGreaterThan(40, code.Id);
        }
        Explanations.All.Keys.Order().ShouldBe(Codes.All.Select(c => c.Code.Id));
    }

    [Fact]
    public void EveryCodeHasAReadmeRowWithItsSeverityAndMeaning()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var rows = Row().Matches(readme).ToDictionary(m => m.Groups["code"].Value, m => (Severity: m.Groups["severity"].Value, Meaning: m.Groups["meaning"].Value.Trim()));
        foreach (var (_, code) in Codes.All)
        {
            rows.ShouldContainKey(code.Id, $"the README's table of codes has no row for {code.Id}");
            rows[code.Id].Severity.ShouldBe(code.Severity.ToString().ToLowerInvariant(), code.Id);
            var summary = Explanations.For(code.Id)!.Summary;
            rows[code.Id].Meaning.ShouldBe(char.ToLowerInvariant(summary[0]) + summary[1..^1], code.Id);
        }
        rows.Keys.Order().ShouldBe(Codes.All.Select(c => c.Code.Id));
    }

    [Theory]
    [InlineData("broken")]
    [InlineData("mistakes")]
    [InlineData("gitbook")]
    [InlineData("mdbook")]
    public void EveryDiagnosticIsTwoSentencesAndCarriesItsPlaceWhenAFileCausedIt(string fixture)
    {
        var result = ConsoleCapture.Run("check", FixtureBooks.PathOf(fixture), "--diagnostics-format", "json");
        foreach (var line in result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var d = System.Text.Json.JsonDocument.Parse(line).RootElement;
            var (message, hint) = (d.GetProperty("message").GetString()!, d.GetProperty("hint").GetString()!);
            message.ShouldEndWith(".", Case.Sensitive, line);
            hint.ShouldEndWith(".", Case.Sensitive, line);
            char.IsLower(message[0]).ShouldBeFalse(line);
            char.IsLower(hint[0]).ShouldBeFalse(line);
            d.GetProperty("file").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String, line);
        }
    }

    [GeneratedRegex(@"^\| (?<code>IDB\d{4}) \| (?<severity>error|warning|note) \| (?<meaning>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
