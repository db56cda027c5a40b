using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

/// <summary>Issue 15.2: no summary line is dropped in silence; a link that does not parse and a duplicate entry are errors.</summary>
public class SummaryLineTests
{
    private static string[] Check(string summary)
    {
        var sink = new DiagnosticSink();
        SummaryParser.Parse(summary, "SUMMARY.md", sink);
        return [.. sink.All.Select(d => $"{d.Source}: {d.Level} {d.Code}: {d.Message} {d.Hint}")];
    }

    [Fact]
    public void ALinkMissingItsParenthesisIsAnErrorAtItsBracket() =>
        Check("# Summary\n\n* [Intro](intro.md)\n* [Install](install.md\n").ShouldBe([
            "SUMMARY.md(4,3): error IDB0054: '[Install](install.md' is not a link, so no chapter is made of it. Write it as [Title](file.md), with both brackets and both parentheses.",
        ]);

    [Fact]
    public void ABrokenLinkMakesNoEntryNotEvenADraft()
    {
        // The line after it (a lazy continuation of the list item) is reported too, and joins nothing.
        var parts = SummaryParser.Parse("* [Intro](intro.md)\n* [Install](install.md\nloose line\n", "SUMMARY.md", new DiagnosticSink());
        parts.SelectMany(p => p.Entries).Select(e => e.Title).ShouldBe(["Intro"]);
    }

    [Theory]
    [InlineData("* [Install] (install.md)", 3)]
    [InlineData("* [Install]install.md", 3)]
    [InlineData("  * Install](install.md)", 12)]
    [InlineData("[Prefix(prefix.md)", 1)]
    public void OtherBrokenLinksAreErrorsToo(string line, int column)
    {
        var d = Check("* [Intro](intro.md)\n" + line + "\n").Single();
        d.ShouldStartWith($"SUMMARY.md(2,{column}): error IDB0054: ");
    }

    [Fact]
    public void TextThatIsNoEntryIsAWarningAtItsLine() =>
        Check("# Summary\n\nThese are the chapters.\n\n* [Intro](intro.md)\n").ShouldBe([
            "SUMMARY.md(3,1): warning IDB0053: Summary line 'These are the chapters.' is neither an entry, a part heading nor a separator; it is ignored. Make it a list item with a link, * [Title](file.md), or a heading, or delete it.",
        ]);

    [Fact]
    public void AListItemWithoutALinkIsAWarningAndStaysATitle()
    {
        var sink = new DiagnosticSink();
        var parts = SummaryParser.Parse("* [Intro](intro.md)\n* Reference\n  * [API](api.md)\n", "SUMMARY.md", sink);
        sink.All.Select(d => $"{d.Source}: {d.Code}: {d.Message}").ShouldBe([
            "SUMMARY.md(2,3): IDB0053: List item 'Reference' has no link; it is shown in the contents as a title without a chapter.",
        ]);
        parts.Single().Entries[1].ShouldSatisfyAllConditions(e => e.Title.ShouldBe("Reference"), e => e.Path.ShouldBeNull(), e => e.Children.Single().Path.ShouldBe("api.md"));
    }

    [Fact]
    public void ACodeBlockOrAQuoteInASummaryIsAWarning() =>
        Check("* [Intro](intro.md)\n\n> a note\n\n    indented code\n").Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)] + l[l.IndexOf(" IDB", StringComparison.Ordinal)..(l.IndexOf(" IDB", StringComparison.Ordinal) + 8)])
            .ShouldBe(["SUMMARY.md(3,1) IDB0053", "SUMMARY.md(5,5) IDB0053"]);

    [Fact]
    public void WhatASummaryMayHoldPassesInSilence() =>
        Check("# Summary\n\n<!-- the book -->\n[Preface](preface.md)\n\n# Part one\n\n- [A](a.md)\n  - [A.1](a1.md)\n- [Draft]()\n\n---\n\n[Thanks](thanks.md)\n").ShouldBeEmpty();

    [Fact]
    public void ADuplicateEntryIsAnErrorAtItsLine()
    {
        using var dir = new TempBook().With("SUMMARY.md", "* [A](a.md)\n* [B](a.md)\n").With("a.md", "# A\n");
        var sink = new DiagnosticSink();
        BookReader.Read(dir.Root, sink);
        sink.All.Select(d => $"{d.Source}: {d.Level} {d.Code}: {d.Message} {d.Hint}").ShouldBe([
            "SUMMARY.md(2,1): error IDB0004: 'a.md' is listed more than once; only its first entry is used. Remove the second entry, or point it at the file it was meant for.",
        ]);
    }
}
