using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;

namespace IDocBook.Tests.Cli;

/// <summary>The fallback chain beyond the bundled fonts: the config's fallback list, --font-path, and <c>idocbook fonts</c>.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FontOptionsTests
{
    // U+2310 ⌐ is in Source Sans Pro (the fixture font) and in none of the bundled fonts.
    private const string Rare = "⌐";
    private static readonly string FontFolder = FixtureBooks.PathOf("fonts");

    private static TempBook Book(string fontsConfig) => new TempBook()
        .With("book.yml", "title: Fonts\nname: Fonts\nlanguage: en\nfonts:\n  system: false\n" + fontsConfig)
        .With("SUMMARY.md", "# Summary\n\n* [One](one.md)\n")
        .With("one.md", $"# One\n\nA rare sign {Rare} here.\n");

    private static string[] FontsOf(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.Letters).Where(l => l.Value == Rare).Select(l => l.FontName ?? "")];
    }

    [Fact]
    public void Without_a_font_for_a_character_the_build_warns_once_at_its_place_and_draws_a_box()
    {
        using var book = Book("");
        var output = Path.Combine(book.Root, "out");

        var result = ConsoleCapture.Run("build", book.Root, "-o", output, "--format", "pdf");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("one.md(3,1): warning IDB0403: No font has U+2310 '⌐'");
        result.Error.Split('\n').Count(l => l.Contains("IDB0403")).ShouldBe(1);
        FontsOf(Path.Combine(output, "Fonts.pdf")).ShouldAllBe(f => f.Contains("NotoSerif"));
    }

    [Fact]
    public void A_font_path_folder_fills_in_what_the_bundled_fonts_lack()
    {
        using var book = Book("");
        var output = Path.Combine(book.Root, "out");

        var result = ConsoleCapture.Run("build", book.Root, "-o", output, "--format", "pdf", "--font-path", FontFolder);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldNotContain("IDB0403");
        FontsOf(Path.Combine(output, "Fonts.pdf")).ShouldHaveSingleItem().ShouldContain("SourceSansPro");
    }

    [Fact]
    public void The_configs_fallback_list_fills_in_what_the_bundled_fonts_lack()
    {
        using var book = Book("  fallback:\n    - fonts/SourceSansPro-Regular.otf\n");
        book.With("fonts/SourceSansPro-Regular.otf", File.ReadAllBytes(Path.Combine(FontFolder, "SourceSansPro-Regular.otf")));
        var output = Path.Combine(book.Root, "out");

        var result = ConsoleCapture.Run("build", book.Root, "-o", output, "--format", "pdf");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldNotContain("IDB04");
        FontsOf(Path.Combine(output, "Fonts.pdf")).ShouldHaveSingleItem().ShouldContain("SourceSansPro");
    }

    [Fact]
    public void A_fallback_file_that_is_not_a_font_is_reported_and_left_out()
    {
        using var book = Book("  fallback:\n    - fonts/broken.ttf\n");
        book.With("fonts/broken.ttf", "<html>not a font</html>");

        var result = ConsoleCapture.Run("build", book.Root, "-o", Path.Combine(book.Root, "out"), "--format", "pdf");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("warning IDB0415: '" + Path.Combine(book.Root, "fonts", "broken.ttf") + "' (Fallback) is not a TrueType or OpenType font");
        result.Error.ShouldContain("IDB0403"); // and the character it was meant for is still missing
    }

    [Fact]
    public void A_font_path_that_is_not_a_folder_is_a_usage_error()
    {
        var result = ConsoleCapture.Run("build", FixtureBooks.PathOf("mdbook"), "--font-path", "/no/such/folder");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--font-path '/no/such/folder' is not a folder");
    }

    [Fact]
    public void Fonts_lists_the_chain_in_order_and_the_characters_no_font_has()
    {
        using var book = Book("");

        var result = ConsoleCapture.Run("fonts", book.Root, "--font-path", FontFolder);

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Out.Split('\n');
        int At(string file) => Array.FindIndex(lines, l => l.Contains(file));
        At("NotoSerif-Regular.ttf").ShouldBeLessThan(At("NotoSerifSC-Regular.ttf"));
        At("NotoSerifSC-Regular.ttf").ShouldBeLessThan(At("NotoEmoji-Regular.ttf"));
        At("NotoEmoji-Regular.ttf").ShouldBeLessThan(At("SourceSansPro-Regular.otf"));
        lines[At("SourceSansPro-Regular.otf")].ShouldContain("font-path");
        lines[At("SourceSansPro-Regular.otf")].ShouldContain("OpenType CFF");
        result.Out.ShouldContain("System fonts are not used");
        result.Out.ShouldContain("0 in no font");
    }
}
