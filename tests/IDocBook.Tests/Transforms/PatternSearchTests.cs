using System.Reflection;
using IDocBook.Core.Transforms.Highlighting;
using IDocBook.Tests.Books;
using Markdig;
using Markdig.Syntax;
using Onigwrap;
using Shouldly;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;
using Xunit;

namespace IDocBook.Tests.Transforms;

/// <summary>
/// TextMateSharp searches its patterns through src/IDocBook.Onigwrap: all of a rule's patterns as one
/// Oniguruma regset where the native library exports regsets (Linux, macOS), one pattern at a time
/// where it does not (Windows). Both must find exactly the matches the package's own scanner found.
/// </summary>
public class PatternSearchTests
{
    private const string OneByOne = "Onigwrap.SearchPatternsOneByOne";

    [SkippableFact]
    public void Regsets_are_what_this_platform_searches_with()
    {
        Skip.If(OperatingSystem.IsWindows(), "the Onigwrap package's Windows build exports no regset functions: Windows searches one pattern at a time");
        var native = typeof(OnigScanner).Assembly.GetType("Onigwrap.Oniguruma", throwOnError: true)!;
        native.GetProperty("RegSets", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(null).ShouldNotBeNull();
    }

    [Fact]
    public void Every_language_of_the_corpus_gets_the_same_tokens_searched_as_a_set_or_one_by_one()
    {
        var markdown = Markdig.Markdown.Parse(File.ReadAllText(FixtureBooks.PathOf("highlighting/languages.md")), new MarkdownPipelineBuilder().UseYamlFrontMatter().Build());
        var blocks = markdown.Descendants<FencedCodeBlock>().Select(b => (Language: b.Info!, Code: b.Lines.ToString())).ToList();
        blocks.Select(b => LanguageAliases.ScopeFor(b.Language)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(40);

        var together = Tokens(blocks, oneByOne: false);
        var apart = Tokens(blocks, oneByOne: true);

        for (var i = 0; i < blocks.Count; i++)
        {
            apart[i].ShouldBe(together[i], $"```{blocks[i].Language}");
            // Tokenized for real: every block of the corpus has tokens of more than one kind (binary
            // tokens are pairs of start and metadata).
            together[i].Split('\n', ' ').Where((_, k) => k % 2 == 1).Distinct().Count().ShouldBeGreaterThan(1, blocks[i].Language);
        }
    }

    // Each line's binary tokens, a line per line, from a registry of its own: its rules compile, and
    // so choose how they search, while the switch is set.
    private static List<string> Tokens(List<(string Language, string Code)> blocks, bool oneByOne)
    {
        AppContext.SetSwitch(OneByOne, oneByOne);
        try
        {
            var registry = new Registry(GrammarCatalog.All());
            return blocks.Select(block =>
            {
                var grammar = registry.LoadGrammar(LanguageAliases.ScopeFor(block.Language).ShouldNotBeNull(block.Language)).ShouldNotBeNull(block.Language);
                IStateStack? state = null;
                return string.Join("\n", CodeText.SplitLines(block.Code).Select(line =>
                {
                    var result = grammar.TokenizeLine2(line, state, TimeSpan.FromMinutes(1));
                    state = result.RuleStack;
                    return string.Join(" ", result.Tokens);
                }));
            }).ToList();
        }
        finally
        {
            AppContext.SetSwitch(OneByOne, false);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pattern_anchored_at_the_start_of_the_search_is_searched_again_from_each_start(bool oneByOne)
    {
        var scanner = Scanner(oneByOne, @"\Ga|c", "b");
        const string text = "bac";

        scanner.FindNextMatchSync(text, 0).ShouldNotBeNull().GetIndex().ShouldBe(1);
        // From 1, \G is at 1 and "a" matches there; the match the first search found for that
        // pattern ("c" at 2) is no longer the first one.
        var next = scanner.FindNextMatchSync(text, 1).ShouldNotBeNull();
        next.GetIndex().ShouldBe(0);
        next.GetCaptureIndices()[0].Start.ShouldBe(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Groups_count_utf16_code_units_and_a_group_that_took_no_part_is_empty(bool oneByOne)
    {
        var match = Scanner(oneByOne, "(x)|(😀+)").FindNextMatchSync("a😀😀b", 0).ShouldNotBeNull();

        match.GetIndex().ShouldBe(0);
        match.GetCaptureIndices().Select(c => (c.Index, c.Start, c.End, c.Length)).ShouldBe([(0, 1, 5, 4), (1, 0, 0, 0), (2, 1, 5, 4)]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_leftmost_match_wins_and_the_earlier_pattern_on_a_tie(bool oneByOne)
    {
        var scanner = Scanner(oneByOne, "b+", "a", "ab");

        scanner.FindNextMatchSync("xxab", 0).ShouldNotBeNull().GetIndex().ShouldBe(1);
        scanner.FindNextMatchSync("xxab", 3).ShouldNotBeNull().GetIndex().ShouldBe(0);
        scanner.FindNextMatchSync("xxab", 4).ShouldBeNull();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bare_hex_escapes_are_read_as_oniguruma_reads_braced_ones(bool oneByOne) =>
        Scanner(oneByOne, @"\x41+").FindNextMatchSync("zAAz", 0).ShouldNotBeNull().GetCaptureIndices()[0].ShouldSatisfyAllConditions(
            c => c.Start.ShouldBe(1), c => c.End.ShouldBe(3));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pattern_oniguruma_rejects_fails_the_search(bool oneByOne) =>
        Should.Throw<ArgumentException>(() => Scanner(oneByOne, "a", "(unclosed").FindNextMatchSync("a", 0)).Message.ShouldContain("(unclosed");

    private static OnigScanner Scanner(bool oneByOne, params string[] patterns)
    {
        AppContext.SetSwitch(OneByOne, oneByOne);
        try
        {
            return new OnigScanner(patterns);
        }
        finally
        {
            AppContext.SetSwitch(OneByOne, false);
        }
    }
}
