using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using Shouldly;

namespace IDocBook.Tests.Markdown;

/// <summary>Issue 15: a footnote reference without a definition is no longer printed as text in silence (IDB0203).</summary>
public class MissingFootnoteTests
{
    private static string[] Read(string markdown)
    {
        var sink = new DiagnosticSink();
        MarkdownReader.Read(markdown, "a.md", sink);
        return [.. sink.All.Select(d => d.ToString())];
    }

    [Fact]
    public void AReferenceWithoutADefinitionIsAWarningAtItsBracket() =>
        Read("# A\n\nText[^nope] and [^1], *also [^x]*.\n\n[^1]: Defined.\n").ShouldBe([
            "a.md(3,5): warning IDB0203: Footnote [^nope] has no definition, so it is shown as text. Add its definition, [^nope]: …, to this chapter, or remove the reference.",
            "a.md(3,29): warning IDB0203: Footnote [^x] has no definition, so it is shown as text. Add its definition, [^x]: …, to this chapter, or remove the reference.",
        ]);

    [Fact]
    public void CodeAndAnEscapedBracketAreNoReferences() =>
        Read("# A\n\n`[^code]` and \\[^escaped] and [^1].\n\n```\n[^fenced]\n```\n\n[^1]: Defined.\n").ShouldBeEmpty();

    // Only runs of text with a caret are searched: a caret in one run, a link, then references in the next
    // run and in a nested emphasis are each found at their own place; a lone caret is no reference.
    [Fact]
    public void EveryRunOfTextWithACaretIsSearchedOnItsOwn() =>
        Read("# A\n\nx^2 [link](u.md) then [^gone], **bold [^b2]** end.\n").ShouldBe([
            "a.md(3,23): warning IDB0203: Footnote [^gone] has no definition, so it is shown as text. Add its definition, [^gone]: …, to this chapter, or remove the reference.",
            "a.md(3,39): warning IDB0203: Footnote [^b2] has no definition, so it is shown as text. Add its definition, [^b2]: …, to this chapter, or remove the reference.",
        ]);
}
