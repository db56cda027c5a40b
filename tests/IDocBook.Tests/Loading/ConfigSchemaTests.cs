using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading;
using IDocBook.Core.Loading.Config;
using IDocBook.Core.Model;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Loading;

/// <summary>
/// Issue 15.1: every config mistake is reported at its line and column, with what is allowed; the
/// keys mdBook and GitBook read pass in silence. Each test names the exact diagnostic.
/// </summary>
public class ConfigSchemaTests
{
    private static (Book? Book, IReadOnlyList<Diagnostic> Diagnostics) Read(TempBook dir, params string[] metadata)
    {
        var sink = new DiagnosticSink();
        var book = BookReader.Read(dir.Root, sink, options: new ReadOptions { Metadata = metadata });
        return (book, sink.All);
    }

    private static TempBook Book(string config, string name = "book.yml") =>
        new TempBook().With(name, config).With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\nText.\n");

    private static string Line(Diagnostic d) => d.ToString();

    [Fact]
    public void AMistypedKeyIsAWarningAtItsPlaceNamingTheNearestKey()
    {
        using var dir = Book("title: T\nauther: Ada\n");
        var (book, diagnostics) = Read(dir);
        diagnostics.Select(Line).ShouldBe([
            "book.yml(2,1): warning IDB0050: 'auther' is not a key IDocBook reads in book.yml; it is ignored. If you meant 'author', correct the spelling.",
        ]);
        book!.Metadata.Authors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("numberng: true", "'numberng' is not a key IDocBook reads in book.yml; it is ignored.", "If you meant 'numbering', correct the spelling.")]
    [InlineData("titel: T", "'titel' is not a key IDocBook reads in book.yml; it is ignored.", "If you meant 'title', correct the spelling.")]
    [InlineData("colour: red", "'colour' is not a key IDocBook reads in book.yml; it is ignored.",
        "book.yml takes title, subtitle, authors, language, identifier, date, version, description, publisher, rights, keywords, cover, name, numbering, paper, margins, toc-depth, two-sided, punctuation, hanging-punctuation, fonts, src, summary, project-root, accessibility.")]
    public void AnUnknownKeyNamesWhatIsNearOrWhatThereIs(string line, string message, string hint)
    {
        using var dir = Book("title: T\n" + line + "\n");
        var d = Read(dir).Diagnostics.Single();
        (d.Code, d.Severity, d.Source, d.Message, d.Hint).ShouldBe(("IDB0050", Severity.Warning, new SourceSpan("book.yml", 2, 1), message, hint));
    }

    [Fact]
    public void YesIsTextInYaml12SoNumberingYesIsReadAsTrueWithAWarning()
    {
        using var dir = Book("title: T\nnumbering: yes\n");
        var (book, diagnostics) = Read(dir);
        diagnostics.Select(Line).ShouldBe([
            "book.yml(2,12): warning IDB0052: The value 'yes' of numbering is text in YAML 1.2, not true; IDocBook takes it as true. Write numbering: true, which every YAML reader takes alike.",
        ]);
        book!.Metadata.NumberSections.ShouldBeTrue();
    }

    [Fact]
    public void TrueAndFalseAreBooleansWithoutAWord()
    {
        using var dir = Book("numbering: true\nfonts:\n  system: false\n");
        var (book, diagnostics) = Read(dir);
        diagnostics.ShouldBeEmpty();
        book!.Metadata.ShouldSatisfyAllConditions(m => m.NumberSections.ShouldBeTrue(), m => m.SystemFonts.ShouldBeFalse());
    }

    [Theory]
    [InlineData("numbering: maybe", 2, 12, "The value 'maybe' of numbering is not true or false; the setting is ignored.", "Write true or false.")]
    [InlineData("paper: A7", 2, 8, "The value 'A7' of paper is not A4, A5, B5, Letter, Legal, or WIDTHxHEIGHT in millimetres (e.g. 148x210); the setting is ignored.",
        "Write A4, A5, B5, Letter, Legal, or WIDTHxHEIGHT in millimetres (e.g. 148x210).")]
    [InlineData("margins: [25, wide]", 2, 10, "The value '25 wide' of margins is not 1 to 4 lengths in millimetres, from 0 to 199, such as 25 22; the setting is ignored.",
        "Write 1 to 4 lengths in millimetres, from 0 to 199, such as 25 22.")]
    [InlineData("date: yesterday", 2, 7, "The value 'yesterday' of date is not a date such as 2026-01-31 (or a time such as 2026-01-31T08:00:00Z); the setting is ignored.",
        "Write a date such as 2026-01-31 (or a time such as 2026-01-31T08:00:00Z).")]
    [InlineData("subtitle: [a, b]", 2, 11, "The value of subtitle is a list, not a text; the setting is ignored.", "Write a text.")]
    [InlineData("keywords: {a: b}", 2, 11, "The value of keywords is a map of keys, not a text or a list of them; the setting is ignored.", "Write a text or a list of them.")]
    [InlineData("fonts: fonts/a.ttf", 2, 8, "The value of fonts is a single value, not a map of keys; it is ignored.", "Write its keys indented under it, such as body: ….")]
    public void AValueOfTheWrongTypeIsAnErrorAtTheValueSayingWhatIsAllowed(string line, int row, int column, string message, string hint)
    {
        using var dir = Book("title: T\n" + line + "\n");
        var d = Read(dir).Diagnostics.Single();
        (d.Code, d.Severity, d.Source, d.Message, d.Hint).ShouldBe(("IDB0051", Severity.Error, new SourceSpan("book.yml", row, column), message, hint));
    }

    [Fact]
    public void AFontRoleIsCheckedLikeAnyKeyAndTwoSpellingsOfOneRoleStayAnError()
    {
        using var dir = Book("fonts:\n  body: a.ttf\n  Body: b.ttf\n  bodyy: c.ttf\n");
        var diagnostics = Read(dir).Diagnostics.Where(d => d.Code is "IDB0002" or "IDB0050").Select(Line).ToList();
        diagnostics.ShouldBe([
            "book.yml(3,3): error IDB0002: 'fonts.Body' sets fonts.body a second time (after 'fonts.body'); the last one is used. Keep one of the two lines.",
            "book.yml(4,3): warning IDB0050: 'fonts.bodyy' is not a key IDocBook reads in book.yml; it is ignored. If you meant 'body', correct the spelling.",
        ]);
    }

    [Fact]
    public void AMissingConfigFontIsReportedAtItsValueNotAtTheTopOfTheFile()
    {
        using var dir = Book("title: T\nfonts:\n  body: fonts/none.ttf\n");
        Read(dir).Diagnostics.Select(Line).ShouldBe([
            "book.yml(3,9): warning IDB0402: The body font 'fonts/none.ttf' does not exist; the bundled font is used. Check the path, which is relative to the book folder.",
        ]);
    }

    [Fact]
    public void AMissingCoverIsAtItsKeyAndRelativeToTheBookFolder()
    {
        using var dir = Book("title: T\ncover: images/cover.png\n");
        Read(dir).Diagnostics.Select(Line).ShouldBe([
            "book.yml(2,8): error IDB0301: Image 'images/cover.png' does not exist. Check the path, which is relative to the book folder.",
        ]);
    }

    [Fact]
    public void InvalidYamlIsAnErrorAtThePlaceTheParserStopped()
    {
        using var dir = Book("title: T\nauthors: [a, b\n");
        var d = Read(dir).Diagnostics.Single();
        (d.Code, d.Source!.File, d.Source.Line).ShouldBe(("IDB0002", "book.yml", 3));
        d.Message.ShouldStartWith("book.yml is not valid YAML: ");
        d.Message.ShouldEndWith("; none of its settings are used.");
        d.Message.ShouldNotContain("(Line:");
    }

    [Fact]
    public void MdBookKeysIDocBookDoesNotUsePassInSilenceAndATypoIsCaughtWithItsPlace()
    {
        using var dir = new TempBook()
            .With("book.toml", "[book]\ntitle = \"Guide\"\nautors = [\"Ada\"]\nmultilingual = false\n\n[rust]\nedition = \"2021\"\n\n[output.html]\ngit-repository-url = \"x\"\n\n[outptu.pdf]\n")
            .With("src/SUMMARY.md", "- [A](a.md)\n").With("src/a.md", "# A\n");
        var (book, diagnostics) = Read(dir);
        diagnostics.Select(Line).ShouldBe([
            "book.toml(3,1): warning IDB0050: 'book.autors' is not a key IDocBook reads in book.toml; it is ignored. If you meant 'authors', correct the spelling.",
            "book.toml(12,2): warning IDB0050: 'outptu' is not a key IDocBook reads in book.toml; it is ignored. If you meant 'output', correct the spelling.",
        ]);
        book!.Metadata.Title.ShouldBe("Guide");
    }

    [Fact]
    public void AWrongTypeInBookTomlIsAnErrorAtTheValue()
    {
        using var dir = new TempBook().With("book.toml", "[book]\ntitle = [\"a\", \"b\"]\n").With("src/SUMMARY.md", "- [A](a.md)\n").With("src/a.md", "# A\n");
        Read(dir).Diagnostics.Select(Line).ShouldBe([
            "book.toml(2,9): error IDB0051: The value of book.title is a list, not a text; the setting is ignored. Write a text.",
        ]);
    }

    [Fact]
    public void GitBookKeysIDocBookDoesNotUsePassInSilenceAndATypoIsCaughtWithItsPlace()
    {
        using var dir = new TempBook()
            .With("book.json", "{\n  \"title\": \"Guide\",\n  \"gitbook\": \"3.2.3\",\n  \"plugins\": [\"-search\"],\n  \"pluginsConfig\": {\"x\": 1},\n  \"structure\": { \"summry\": \"TOC.md\" },\n  \"authr\": \"Ada\"\n}\n")
            .With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n");
        var (book, diagnostics) = Read(dir);
        diagnostics.Select(Line).ShouldBe([
            "book.json(6,18): warning IDB0050: 'structure.summry' is not a key IDocBook reads in book.json; it is ignored. If you meant 'summary', correct the spelling.",
            "book.json(7,3): warning IDB0050: 'authr' is not a key IDocBook reads in book.json; it is ignored. If you meant 'author', correct the spelling.",
        ]);
        book!.Metadata.Title.ShouldBe("Guide");
    }

    [Fact]
    public void MetadataOverridesGoThroughTheSameSchema()
    {
        using var dir = Book("title: T\n");
        var (book, diagnostics) = Read(dir, "numbring=true", "numbering=maybe", "fonts.system=false", "version=1.10");
        diagnostics.Select(Line).ShouldBe([
            "error IDB0045: -M numbring is not a book.yml key; it is ignored. If you meant 'numbering', correct the spelling.",
            "error IDB0051: The value 'maybe' of -M numbering is not true or false; the setting is ignored. Write true or false.",
        ]);
        book!.Metadata.ShouldSatisfyAllConditions(m => m.SystemFonts.ShouldBeFalse(), m => m.Version.ShouldBe("1.10"));
    }

    [Fact]
    public void AYamlListAsTheWholeConfigIsAnError()
    {
        using var dir = Book("- title: T\n");
        Read(dir).Diagnostics.Select(Line).ShouldBe([
            "book.yml(1,1): error IDB0051: The file holds a list, not a map of keys; it is ignored. Write one key per line, such as title: My book.",
        ]);
    }

    [Theory]
    [InlineData("auther", "author")]
    [InlineData("numberng", "numbering")]
    [InlineData("titel", "title")]
    [InlineData("Lang", "lang")]
    [InlineData("xyz", null)]
    [InlineData("name2", "name")]
    public void TheNearestKeyIsOneAFewEditsAway(string typed, string? expected) =>
        KeySuggestion.Nearest(typed, ConfigSchema.Book.Names).ShouldBe(expected);

    [Fact]
    public void AnIntegerAndAChoiceKeyReportTheirRange()
    {
        // The types later keys (toc-depth, punctuation) are made of, checked on a schema of their own.
        var schema = new ConfigSection("test.yml", [
            new ConfigKey("depth", ConfigType.Integer(1, 6), "levels"),
            new ConfigKey("style", ConfigType.Choice("plain", "hanging"), "a style"),
        ]);
        var sink = new DiagnosticSink();
        var tree = YamlConfig.Read("depth: 9\nstyle: Hanging\n", "test.yml", out _)!;
        var config = SchemaReader.Read(tree, schema, "test.yml", sink);
        sink.All.Select(Line).ShouldBe([
            "test.yml(1,8): error IDB0051: The value '9' of depth is not a whole number from 1 to 6; the setting is ignored. Write a whole number from 1 to 6.",
        ]);
        config.Places.Keys.ShouldBe(["style"]);
    }
}
