using IDocBook.Core.Model;
using IDocBook.Core.Transforms.Highlighting;
using Shouldly;
using TextMateSharp.Grammars;
using Xunit;

namespace IDocBook.Tests.Transforms;

public class CodeHighlighterTests
{
    private static readonly CodeHighlighter Highlighter = new();

    private static IReadOnlyList<CodeLine> Lines(string language, string code) =>
        Highlighter.Highlight(language, code).ShouldNotBeNull($"{language} should be highlighted");

    private static string Joined(CodeLine line) => string.Concat(line.Tokens.Select(t => t.Text));

    private static CodeToken Token(CodeLine line, string text) =>
        line.Tokens.SingleOrDefault(t => t.Text == text).ShouldNotBeNull($"no token '{text}' in [{Describe(line)}]");

    private static string Describe(CodeLine line) => string.Join(" | ", line.Tokens.Select(t => $"{t.Text}:{t.Style?.Name ?? "-"}"));

    private static string Describe(IReadOnlyList<CodeLine> lines) => string.Join("\n", lines.Select(Describe));

    [Fact]
    public void Bash_keywords_share_one_style_and_strings_and_comments_differ()
    {
        const string source = "if [ -f x ]; then echo \"你好\"; fi # 注释";
        var line = Lines("bash", source).ShouldHaveSingleItem();

        Joined(line).ShouldBe(source);
        var keyword = Token(line, "if").Style.ShouldNotBeNull();
        Token(line, "then").Style.ShouldBe(keyword);
        Token(line, "fi").Style.ShouldBe(keyword);
        var str = Token(line, "\"你好\"").Style.ShouldNotBeNull();
        var comment = Token(line, "# 注释").Style.ShouldNotBeNull();
        new[] { keyword.Name, str.Name, comment.Name }.Distinct().Count().ShouldBe(3);
        // Plain text is the theme's default colour, which writers draw without a style.
        line.Tokens.ShouldContain(t => t.Style == null && t.Text.Contains("-f x"));
    }

    [Fact]
    public void A_console_session_colours_its_commands_and_leaves_the_output_plain()
    {
        const string source = "$ cargo run --release # build first\n   Compiling guessing_game v0.1.0 (file:///projects/\"x\")\nerror: it's 'broken' # not a comment\nuser@host:~/p$ echo \"done\"\n> if [ -f x ]; then echo hi; fi";
        var lines = Lines("console", source);

        lines.Select(Joined).ShouldBe(source.Split('\n'));
        Token(lines[0], "$ ").Style.ShouldBeNull();
        lines[0].Tokens.ShouldContain(t => t.Style != null && t.Text.Contains("# build first"), Describe(lines[0]));
        lines[1].Tokens.ShouldHaveSingleItem().Style.ShouldBeNull();
        lines[2].Tokens.ShouldHaveSingleItem().Style.ShouldBeNull();
        Token(lines[3], "user@host:~/p$ ").Style.ShouldBeNull();
        lines[3].Tokens.ShouldContain(t => t.Style != null && t.Text.Contains("done"), Describe(lines[3]));
        Token(lines[4], "if").Style.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("output")]
    [InlineData("plain")]
    [InlineData("txt")]
    [InlineData("")]
    [InlineData(null)]
    public void Terminal_output_and_plain_text_are_not_coloured_as_shell(string? language)
    {
        Highlighter.Highlight(language, "$ echo \"hi\" # comment\nif then fi").ShouldBeNull();
    }

    [Fact]
    public void A_shell_session_without_prompts_is_all_output()
    {
        var lines = Lines("shell-session", "total 0\n-rw-r--r-- 1 root root 0 a.txt # \"x\"");
        lines.SelectMany(l => l.Tokens).ShouldAllBe(t => t.Style == null);
    }

    [Fact]
    public void Style_names_are_derived_from_the_colour_and_weight_and_css_safe()
    {
        // Light+ draws Markdown headings and strong text bold (it has no italic rules at all).
        var lines = Lines("markdown", "# 标题\n*italic* and **粗体**");
        var styles = lines.SelectMany(l => l.Tokens).Select(t => t.Style).OfType<TokenStyle>().ToList();

        styles.ShouldContain(s => s.Bold, Describe(lines));
        foreach (var style in styles)
        {
            style.Name.ShouldMatch("^c[0-9a-f]{6}(-b)?(-i)?$");
            style.Foreground.ShouldBe("#" + style.Name.Substring(1, 6));
            style.Name.Contains("-b").ShouldBe(style.Bold);
            style.Name.EndsWith("-i").ShouldBe(style.Italic);
        }
    }

    [Fact]
    public void Dockerfile_instructions_are_keywords()
    {
        var lines = Lines("dockerfile", "FROM debian:12\nRUN apt-get update");

        lines.Count.ShouldBe(2);
        var from = Token(lines[0], "FROM").Style.ShouldNotBeNull();
        Token(lines[1], "RUN").Style.ShouldBe(from);
        lines[1].Tokens.ShouldContain(t => t.Text.Contains("apt-get") && t.Style != from);
    }

    [Theory]
    [InlineData("yaml", "services:\n  web:\n    image: \"nginx:1.25\" # 前端\n    ports: [80]")]
    [InlineData("json", "{\n  \"name\": \"idoc\",\n  \"size\": 12,\n  \"ok\": true\n}")]
    [InlineData("go", "package main\n\nfunc main() {\n\tfmt.Println(\"你好\") // 注释\n}")]
    [InlineData("python", "def f(x):\n    return x + 1  # 注释\nprint(\"hi\")")]
    public void Common_languages_produce_several_styles(string language, string source)
    {
        var lines = Lines(language, source);

        lines.Select(Joined).ShouldBe(source.Split('\n'));
        var styles = lines.SelectMany(l => l.Tokens).Select(t => t.Style?.Name).OfType<string>().Distinct().ToList();
        styles.Count.ShouldBeGreaterThanOrEqualTo(2, Describe(lines));
    }

    [Theory]
    // The heredoc start is a string-type token in the default colour next to plain text: two tokens
    // to TextMate, one style to us.
    [InlineData("bash", "cat <<EOF\nhi\nEOF")]
    [InlineData("go", "package main\n\nfunc main() {\n\tx := []int{1, 2, 3} // 注释\n}")]
    public void Adjacent_tokens_of_one_style_are_merged(string language, string source)
    {
        var lines = Lines(language, source);

        foreach (var line in lines)
            line.Tokens.Zip(line.Tokens.Skip(1)).ShouldAllBe(p => !Equals(p.First.Style, p.Second.Style), Describe(line));
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Unknown_or_missing_languages_are_not_highlighted(string? language) =>
        Highlighter.Highlight(language, "if true; then echo; fi").ShouldBeNull();

    [Theory]
    [InlineData("BASH")]
    [InlineData("Dockerfile")]
    [InlineData("rust,no_run")]
    [InlineData("{.python}")]
    [InlineData("c++")]
    [InlineData("C#")]
    public void Language_names_are_case_insensitive_and_only_the_first_word_counts(string language) =>
        Highlighter.Highlight(language, "x").ShouldNotBeNull();

    [Fact]
    public void Lines_keep_tabs_trailing_spaces_and_cjk_and_a_final_newline_adds_no_line()
    {
        const string source = "\techo  \"中文\"   \r\n# 注释\t\n\nls\n";
        var lines = Lines("sh", source);

        lines.Select(Joined).ShouldBe(["\techo  \"中文\"   ", "# 注释\t", "", "ls"]);
        lines[2].Tokens.ShouldBeEmpty();
    }

    [Fact]
    public void Blocks_with_a_very_long_line_stay_plain()
    {
        var minified = "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $"\"k{i}\"")) + "]";
        minified.Length.ShouldBeGreaterThan(3_000);

        Highlighter.Highlight("json", "{\n  \"a\": 1\n}").ShouldNotBeNull();
        Highlighter.Highlight("json", "{\n" + minified + "\n}").ShouldBeNull();
    }

    [Fact]
    public void Blocks_of_one_language_tokenized_at_once_on_every_core_come_out_as_one_at_a_time()
    {
        // Each thread that finds every loaded copy of the grammar busy loads another; the copies must agree.
        var blocks = Enumerable.Range(0, 64).Select(i => $"for f in *.log; do\n  echo \"$f {i}\" | grep -v '^#' > /tmp/out{i}\ndone").ToArray();
        var alone = blocks.Select(b => Describe(Lines("bash", b))).ToArray();

        var together = new string[blocks.Length];
        Parallel.For(0, blocks.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = Describe(Lines("bash", blocks[i])));

        together.ShouldBe(alone);
    }

    [Fact]
    public void State_carries_across_lines()
    {
        // The second line is inside a string only if the first line's state reached it.
        var lines = Lines("python", "s = \"\"\"first\nsecond\n\"\"\"");

        var stringStyle = Token(lines[0], "\"\"\"first").Style.ShouldNotBeNull();
        Token(lines[1], "second").Style.ShouldBe(stringStyle);
    }

    [Fact]
    public void Apply_fills_nested_code_blocks_and_leaves_unknown_ones_plain()
    {
        var at = new SourceSpan("a.md", 1, 1);
        CodeBlock Code(string? language) => new(language, "echo \"hi\" # c", at);
        var chapter = new Chapter("a", "A", "a.md",
        [
            new ListBlock(false, 1, true, [new ListItem([Code("bash")], null, at)], at),
            new BlockQuote([Code("sh")], at),
            Code("foo"),
        ], []);
        var book = new Book(new BookMetadata { Title = "T", Identifier = "urn:x", Name = "t" }, [new Part(null, [chapter])], []);

        var blocks = new CodeHighlighter().Apply(book).Chapters.Single().Blocks;

        var inList = ((ListBlock)blocks[0]).Items.Single().Content.OfType<CodeBlock>().Single();
        var inQuote = ((BlockQuote)blocks[1]).Content.OfType<CodeBlock>().Single();
        foreach (var code in new[] { inList, inQuote })
        {
            var line = code.Lines.ShouldNotBeNull().ShouldHaveSingleItem();
            Joined(line).ShouldBe(code.Code);
            line.Tokens.ShouldContain(t => t.Style != null);
        }
        ((CodeBlock)blocks[2]).Lines.ShouldBeNull();
    }

    [Fact]
    public void Equal_blocks_in_one_book_are_tokenized_once_and_share_their_lines()
    {
        var at = new SourceSpan("a.md", 1, 1);
        Chapter Chapter(string id) => new(id, id, id + ".md", [new CodeBlock("bash", "docker ps -a", at), new CodeBlock("bash", "docker images", at)], []);
        var book = new Book(new BookMetadata { Title = "T", Identifier = "urn:x", Name = "t" }, [new Part(null, [Chapter("a"), Chapter("b")])], []);

        var chapters = new CodeHighlighter().Apply(book).Chapters.ToList();

        var first = chapters[0].Blocks.OfType<CodeBlock>().ToList();
        var second = chapters[1].Blocks.OfType<CodeBlock>().ToList();
        first[0].Lines.ShouldNotBeNull().ShouldBeSameAs(second[0].Lines);
        first[1].Lines.ShouldNotBeNull().ShouldBeSameAs(second[1].Lines);
        first[0].Lines.ShouldNotBeSameAs(first[1].Lines);
    }

    [Fact]
    public void Code_started_in_the_background_is_applied_as_code_highlighted_in_place()
    {
        var at = new SourceSpan("a.md", 1, 1);
        // Enough Python for two runs of a grammar, so two threads share the language; shell, YAML and
        // an unknown language beside it, and a block met in both chapters.
        var python = Enumerable.Range(0, 900).Select(i => new CodeBlock("python", string.Join("\n", Enumerable.Range(0, 5).Select(j => $"x{i} = f({j}, 'v{i}')  # {j}")), at)).ToList();
        Chapter Chapter(string id, IEnumerable<Block> blocks) => new(id, id, id + ".md", [.. blocks], []);
        var book = new Book(new BookMetadata { Title = "T", Identifier = "urn:x", Name = "t" }, [new Part(null,
        [
            Chapter("a", [.. python.Take(450), new CodeBlock("bash", "docker ps -a", at), new CodeBlock("yaml", "a: [1, 2]", at)]),
            Chapter("b", [.. python.Skip(450), new CodeBlock("bash", "docker ps -a", at), new CodeBlock("foo", "plain", at)]),
        ])], []);

        var started = new CodeHighlighter();
        started.Start(book);
        var background = started.Apply(book).Chapters.SelectMany(c => c.Blocks).Cast<CodeBlock>().ToList();
        var inPlace = new CodeHighlighter().Apply(book).Chapters.SelectMany(c => c.Blocks).Cast<CodeBlock>().ToList();

        background.Count.ShouldBe(904);
        for (var i = 0; i < background.Count; i++)
            (background[i].Lines is null ? "plain" : Describe(background[i].Lines!)).ShouldBe(inPlace[i].Lines is null ? "plain" : Describe(inPlace[i].Lines!), background[i].Code);
        background[^1].Lines.ShouldBeNull();
        background[0].Lines.ShouldNotBeNull();
    }

    [Fact]
    public void Code_a_stopped_start_left_undone_is_highlighted_when_applied()
    {
        var at = new SourceSpan("a.md", 1, 1);
        var blocks = Enumerable.Range(0, 300).Select(i => (Block)new CodeBlock("go", $"func f{i}() int {{ return {i} }}", at)).ToList();
        var book = new Book(new BookMetadata { Title = "T", Identifier = "urn:x", Name = "t" }, [new Part(null, [new Chapter("a", "A", "a.md", blocks, [])])], []);
        var highlighter = new CodeHighlighter();

        highlighter.Start(book);
        highlighter.Stop();

        highlighter.Apply(book).Chapters.Single().Blocks.Cast<CodeBlock>().ShouldAllBe(c => c.Lines != null && c.Lines.Count == 1);
    }

    [Fact]
    public async Task Highlighting_from_many_threads_gives_identical_results()
    {
        // Java is used by no other test, so the threads also race to load the grammar.
        var source = string.Join("\n", Enumerable.Range(0, 50).Select(i =>
            $"public class C{i} {{ /* 注释 {i} */ String s = \"v{i}\"; int n = {i}; }}"));
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return Describe(new CodeHighlighter().Highlight("java", source).ShouldNotBeNull());
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        results.Distinct().ShouldHaveSingleItem().ShouldBe(Describe(Lines("java", source)));
        results[0].ShouldContain(":c"); // coloured, not a uniform fallback
    }

    [Fact]
    public void Every_alias_resolves_to_a_shipped_grammar_that_colours_code()
    {
        var shipped = new RegistryOptions(ThemeName.LightPlus).GetAvailableGrammarDefinitions()
            .SelectMany(d => d.Contributes.Grammars).Select(g => g.ScopeName).ToHashSet();

        LanguageAliases.All.Count.ShouldBeGreaterThan(40);
        foreach (var (alias, scope) in LanguageAliases.All)
        {
            shipped.ShouldContain(scope, $"alias '{alias}'");
            LanguageAliases.ScopeFor(alias).ShouldBe(scope);
            Highlighter.Highlight(alias, "x").ShouldNotBeNull($"alias '{alias}'");
        }
    }

    [Fact]
    public void The_catalog_finds_every_grammar_the_package_ships()
    {
        var package = new RegistryOptions(ThemeName.LightPlus);
        var shipped = package.GetAvailableGrammarDefinitions()
            .SelectMany(d => d.Contributes.Grammars).Select(g => g.ScopeName).Distinct().ToList();

        var found = shipped.Select(scope => GrammarCatalog.All().GetGrammar(scope)?.GetScopeName()).ToList();

        // The package cannot open a few of its own (source.js.regexp): the catalog must agree on those too.
        found.ShouldBe(shipped.Select(scope => package.GetGrammar(scope)?.GetScopeName()).ToList());
        found.Count(s => s is not null).ShouldBeGreaterThan(40);
        GrammarCatalog.All().GetGrammar("source.no-such-language").ShouldBeNull();
        GrammarCatalog.All().GetDefaultTheme().ShouldNotBeNull().GetName().ShouldBe("Light+ (default light)");
    }

    [Fact]
    public void The_shell_grammar_reaches_other_languages_only_from_heredocs_named_after_them()
    {
        var markers = EmbeddedGrammars.Markers["source.shell"];
        var includes = new List<(string Include, string? Begin)>();
        Collect(GrammarCatalog.All().GetGrammar("source.shell").ShouldNotBeNull(), null, includes);

        var external = includes.Where(i => i.Include[0] is not ('#' or '$') && !i.Include.StartsWith("source.shell", StringComparison.Ordinal)).ToList();
        external.Count.ShouldBeGreaterThan(5); // it does embed other languages
        foreach (var (include, begin) in external)
        {
            begin.ShouldNotBeNull(include);
            begin.ShouldContain("<<", Case.Sensitive, include);
            markers.ShouldContain(m => begin.Contains(m, StringComparison.Ordinal), include);
        }
    }

    [Fact]
    public void Shell_code_is_coloured_the_same_with_or_without_the_embedded_grammars_unless_a_heredoc_names_one()
    {
        const string plain = "# 构建镜像\ndocker build -t app:1.0 .\ncat > Dockerfile <<EOF\nFROM alpine\nEOF\nfor f in *.log; do echo \"$f\"; done";
        const string python = "python3 - <<PYTHON\nimport os\nprint(os.getcwd())\nPYTHON";

        EmbeddedGrammars.Needed("source.shell", plain).ShouldBeFalse();
        EmbeddedGrammars.Needed("source.shell", python).ShouldBeTrue();
        Describe(Tokens(plain, embedded: false)).ShouldBe(Describe(Tokens(plain, embedded: true)));
        // Without them, the heredoc body would be one string: the Python inside is coloured only with them.
        Describe(Tokens(python, embedded: true)).ShouldNotBe(Describe(Tokens(python, embedded: false)));
    }

    [Fact]
    public void A_line_met_again_is_coloured_by_the_state_it_begins_in_not_by_where_it_was_first_seen()
    {
        // The same text inside a string, a heredoc or a block scalar, and outside: a memo keyed by the
        // text alone would colour the second the way it coloured the first.
        (string Language, string Code)[] blocks =
        [
            ("python", "doc = \"\"\"\nimport os\nreturn 0\n\"\"\""),
            ("python", "import os\nreturn 0"),
            ("bash", "cat <<EOF\necho \"$HOME\" # note\nEOF"),
            ("bash", "echo \"$HOME\" # note"),
            ("go", "s := `\nfunc main() {\n`"),
            ("go", "func main() {\n}"),
            ("yaml", "run: |\n  key: value # note\n"),
            ("yaml", "key: value # note"),
        ];
        var shared = new CodeHighlighter();
        foreach (var order in new[] { blocks, blocks.Reverse().ToArray() })
        {
            foreach (var (language, code) in order)
                Describe(shared.Highlight(language, code).ShouldNotBeNull()).ShouldBe(Describe(new CodeHighlighter().Highlight(language, code).ShouldNotBeNull()), code);
        }
        // And the texts are coloured differently in and out of the string, or the test shows nothing.
        Describe(shared.Highlight("python", blocks[0].Code)!.Skip(1).First()).ShouldNotBe(Describe(shared.Highlight("python", blocks[1].Code)!.First()));
    }

    private static IReadOnlyList<CodeLine> Tokens(string code, bool embedded) =>
        GrammarSession.For("source.shell", embedded).ShouldNotBeNull().Tokenize(CodeText.SplitLines(code), new LineMemos()).ShouldNotBeNull();

    // Every include with the begin pattern of the nearest rule around it; raw grammars are dictionaries and lists.
    private static void Collect(object? node, string? begin, List<(string, string?)> includes)
    {
        switch (node)
        {
            case IDictionary<string, object> rule:
                var own = rule.TryGetValue("begin", out var b) && b is string text ? text : begin;
                if (rule.TryGetValue("include", out var include) && include is string name) includes.Add((name, own));
                foreach (var child in rule.Values) Collect(child, own, includes);
                break;
            case System.Collections.IEnumerable list and not string:
                foreach (var child in list) Collect(child, begin, includes);
                break;
        }
    }

    [Fact]
    public void The_streaming_grammar_reader_reads_every_grammar_as_the_package_does()
    {
        var package = new RegistryOptions(ThemeName.LightPlus);
        var scopes = package.GetAvailableGrammarDefinitions().SelectMany(d => d.Contributes.Grammars).Select(g => g.ScopeName).Distinct();
        var compared = 0;
        foreach (var scope in scopes)
        {
            if (package.GetGrammar(scope) is not { } expected) continue;
            var actual = GrammarCatalog.All().GetGrammar(scope).ShouldNotBeNull(scope);
            Dump(actual).ShouldBe(Dump(expected), scope);
            compared++;
        }
        compared.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void The_streaming_reader_reads_every_theme_as_the_package_does()
    {
        const string prefix = "TextMateSharp.Grammars.Resources.Themes.";
        var resources = typeof(RegistryOptions).Assembly;
        var names = resources.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        foreach (var name in names)
        {
            using var stream = resources.GetManifestResourceStream(name).ShouldNotBeNull();
            var expected = TextMateSharp.Internal.Themes.Reader.ThemeReader.ReadThemeSync(new StreamReader(stream));
            var actual = GrammarCatalog.All().GetTheme(name[prefix.Length..]).ShouldNotBeNull(name);
            Dump(actual).ShouldBe(Dump(expected), name);
        }
        names.Count.ShouldBeGreaterThan(10);
        // Light+ includes its parent as "./light_vs.json".
        GrammarCatalog.All().GetTheme("./light_vs.json").ShouldNotBeNull().GetName().ShouldBe("Light (Visual Studio)");
    }

    // Raw grammars are dictionaries of strings, booleans, numbers, lists and dictionaries.
    private static string Dump(object? value) => value switch
    {
        IDictionary<string, object> map => map.GetType().Name + "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Dump(p.Value))) + "}",
        System.Collections.IEnumerable list and not string => list.GetType().Name + "[" + string.Join(",", list.Cast<object?>().Select(Dump)) + "]",
        null => "null",
        _ => value.GetType().Name + "=" + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData("#006000", false, true, "c006000-i")]
    [InlineData("#00F", true, true, "c0000ff-b-i")]
    [InlineData("#AF00DB", false, false, "caf00db")]
    public void Style_names_spell_colour_bold_and_italic(string colour, bool bold, bool italic, string name)
    {
        var style = TokenStyles.Get(colour, bold, italic).ShouldNotBeNull();

        style.ShouldBe(new TokenStyle(name, "#" + name.Substring(1, 6), bold, italic));
        TokenStyles.Get(colour.ToLowerInvariant(), bold, italic).ShouldBeSameAs(style);
    }

    [Theory]
    [InlineData("#00F", "0000ff")]
    [InlineData("#AF00DB", "af00db")]
    [InlineData("#008000ff", "008000")]
    [InlineData("blue", null)]
    [InlineData(null, null)]
    public void Theme_colours_are_normalized(string? colour, string? expected) =>
        TokenStyles.Normalize(colour).ShouldBe(expected);
}
