using System.Text.RegularExpressions;
using IDocBook.Core.Text;
using IDocBook.Core.Transforms.Highlighting;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Accessibility;

/// <summary>Every colour code is drawn in reads at WCAG AA (4.5:1) on its background, in light and in night mode.</summary>
public sealed partial class GivenTheHighlightPalette
{
    // The EPUB's code panel over a white page: rgba(128, 140, 153, 0.1).
    private const uint LightPanel = 0xF2F4F5;
    private const uint PdfPanel = 0xF5F6F8;
    private const uint DarkPanel = 0x1B1F24;

    [Theory]
    [InlineData("#098658")]
    [InlineData("#ee0000")]
    [InlineData("#267f99")]
    [InlineData("#888888")]
    [InlineData("#ffffff")]
    public void AThemeColourTooLightToReadIsDarkenedKeepingItsHue(string colour)
    {
        var style = TokenStyles.Get(colour, false, false).ShouldNotBeNull();
        var drawn = Contrast.Parse(style.Foreground)!.Value;

        Contrast.Ratio(drawn, LightPanel).ShouldBeGreaterThanOrEqualTo(4.5);
        Contrast.Ratio(drawn, PdfPanel).ShouldBeGreaterThanOrEqualTo(4.5);
        style.Name.ShouldBe("c" + style.Foreground![1..]);
        var original = Contrast.Parse(colour)!.Value;
        // Mixed with black: the channels keep their order, so the hue stays.
        Channels(drawn).Select((c, i) => (c, i)).OrderBy(x => x.c).Select(x => x.i)
            .ShouldBe(Channels(original).Select((c, i) => (c, i)).OrderBy(x => x.c).Select(x => x.i));
    }

    [Fact]
    public void AColourThatAlreadyReadsIsKept() =>
        TokenStyles.Get("#0000ff", false, false)!.Foreground.ShouldBe("#0000ff");

    [Fact]
    public void EveryTokenRuleOfTheStylesheetReadsInLightAndNightMode()
    {
        var book = Read.CleanBook(Repository.PathOf("book"));
        var css = EpubPackage.Write(book, SampleBooks.Options).Text("OEBPS/styles/book.css");
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        dark.ShouldBeGreaterThan(0);
        var light = TokenColours().Matches(css[..dark]).Select(m => m.Groups[2].Value).ToList();
        var night = TokenColours().Matches(css[dark..]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        light.Count.ShouldBeGreaterThan(5);
        night.Count.ShouldBe(light.Count);
        foreach (var colour in light) Contrast.Ratio(Contrast.Parse(colour)!.Value, LightPanel).ShouldBeGreaterThanOrEqualTo(4.5, colour);
        foreach (var (name, colour) in night) Contrast.Ratio(Contrast.Parse(colour)!.Value, DarkPanel).ShouldBeGreaterThanOrEqualTo(4.5, name);
        css[dark..].ShouldContain("pre { background-color: #1b1f24; color: #e6edf3;");
    }

    [Fact]
    public void NoRuleSetsTheTextOrPageColourOutsideCodeAndNotes()
    {
        var css = EpubPackage.Sample().Text("OEBPS/styles/book.css");
        var light = string.Join("\n", css[..css.IndexOf("@media", StringComparison.Ordinal)].Split('\n').Where(l => !l.StartsWith(".tok-", StringComparison.Ordinal)));
        // A reader's own theme gives text and page their colours: only tints (rgba), borders and the red code notes are ours.
        var colours = Regex.Matches(light, @"(?<![-\w])(color|background-color)\s*:\s*([^;]+);").Select(m => m.Value).ToList();
        colours.ShouldAllBe(c => c.Contains("rgba(") || c.StartsWith("color: #cf222e") || c.StartsWith("color: #9a6700") || c.StartsWith("color: inherit") || c.Contains("transparent"));
    }

    private static int[] Channels(uint rgb) => [(int)(rgb >> 16) & 0xFF, (int)(rgb >> 8) & 0xFF, (int)rgb & 0xFF];

    [GeneratedRegex(@"\.tok-([\w-]+) \{ color: (#[0-9a-f]{6});")]
    private static partial Regex TokenColours();
}
