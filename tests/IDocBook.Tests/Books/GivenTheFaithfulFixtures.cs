using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IDocBook.Tests.Books;

/// <summary>
/// Nothing lost, nothing changed: the English mdBook (listings, quotes, emoji, Hangul, an SVG) and
/// the Chinese GitBook (emoji lists, mixed Latin) come out as their authors wrote them, in the model,
/// the XHTML and the PDF.
/// </summary>
public sealed class GivenTheFaithfulFixtures
{
    private static BuiltBook English => FixtureBooks.English;
    private static BuiltBook Chinese => FixtureBooks.Chinese;

    private static Chapter Chapter(BuiltBook book, string file) => book.Model.Chapters.Single(c => c.SourcePath.EndsWith(file, StringComparison.Ordinal));

    private static List<Letter> Letters(BuiltBook book)
    {
        using var pdf = PdfDocument.Open(book.Pdf);
        return [.. pdf.GetPages().SelectMany(p => p.Letters)];
    }

    /// <summary>The letters that spell <paramref name="text"/> on the page, in order.</summary>
    private static List<Letter> Find(List<Letter> letters, string text)
    {
        var chars = text.EnumerateRunes().Where(r => r.Value != ' ').Select(r => r.ToString()).ToArray();
        var solid = letters.Where(l => l.Value != " ").ToList();
        for (var i = 0; i + chars.Length <= solid.Count; i++)
            if (Enumerable.Range(0, chars.Length).All(k => solid[i + k].Value == chars[k])) return solid.GetRange(i, chars.Length);
        throw new ShouldAssertException($"'{text}' is not in the PDF");
    }

    [Fact]
    public void Both_build_without_a_single_diagnostic()
    {
        English.Diagnostics.All.ShouldBeEmpty();
        Chinese.Diagnostics.All.ShouldBeEmpty();
        _ = English.Pdf;
        _ = Chinese.Pdf;
        English.PdfDiagnostics.All.ShouldBeEmpty();
        Chinese.PdfDiagnostics.All.ShouldBeEmpty();
    }

    [Fact]
    public void The_model_keeps_listings_notes_footnotes_titles_and_captions()
    {
        var listings = Walk.Blocks(Chapter(English, "listings.md").Blocks).OfType<Listing>().ToList();
        listings.Select(l => (l.Number, l.FileName)).ShouldBe([("2-1", "src/main.rs"), ("2-2", "src/main.rs")]);
        listings[0].Content.OfType<CodeBlock>().Single().Code.ShouldContain("    if guess != secret {\n        println!");
        CodeNotes.Of(listings[1].Content.OfType<CodeBlock>().Single()).ShouldBe(CodeNoteKind.DoesNotCompile);

        var foreword = Chapter(English, "foreword.md");
        foreword.Blocks.OfType<FootnoteDefinition>().Single().Label.ShouldBe("quoted");
        var figures = Chapter(English, "figures.md");
        ChapterTitle.IsInText(figures.Blocks).ShouldBeTrue();
        var captions = Walk.Blocks(figures.Blocks).OfType<Figure>().Select(f => InlineText.Of(f.Caption)).ToList();
        captions.ShouldBe(["", "Figure 1: the request flow"]);
    }

    [Fact]
    public void The_xhtml_has_the_listing_figure_the_note_and_each_mark_in_its_script()
    {
        var listings = English.Epub.Text("OEBPS/text/src-listings.xhtml");
        listings.ShouldContain("<figure class=\"listing\">\n<p class=\"listing-file\">Filename: <code>src/main.rs</code></p>\n<pre><code class=\"language-rust\">");
        listings.ShouldContain("<figcaption><strong>Listing 2-1:</strong> Comparing a guess with <code>!=</code> and a <code>match</code> arm</figcaption>");
        listings.ShouldContain("<p class=\"code-note code-note-doesnotcompile\">This code does not compile!</p>");
        listings.ShouldContain("<p class=\"code-note code-note-panics\">This code panics!</p>");
        // Only the command of a console session is coloured.
        listings.ShouldContain("\n   Compiling guessing_game v0.1.0 (file:///projects/guessing_game)\nerror[E0384]");

        var readme = Chinese.Epub.Text("OEBPS/text/README.xhtml");
        readme.ShouldContain("it<span class=\"latin\">’</span>s");
        readme.ShouldContain("“Docker”是");
        readme.ShouldContain("这本书……值得一读");
        readme.ShouldContain("<em><span class=\"emphasis-dots\">强调的中文</span></em>");
        readme.ShouldContain("<em>English emphasis</em>");
        English.Epub.Text("OEBPS/text/src-foreword.xhtml").ShouldNotContain("<h1>Foreword</h1>"); // the file's own title, once
    }

    [Fact]
    public void Code_is_drawn_with_one_glyph_per_character_typed()
    {
        var letters = Letters(English);
        foreach (var code in new[] { "if guess != secret {", "-> bool {", "Ordering::Less => false," })
        {
            var found = Find(letters, code);
            found.ShouldAllBe(l => l.FontName!.Contains("JetBrainsMono"));
            string.Concat(found.Select(l => l.Value)).ShouldBe(code.Replace(" ", ""));
        }
        // Inline code in the Chinese book too.
        Find(Letters(Chinese), "a != b").ShouldAllBe(l => l.FontName!.Contains("JetBrainsMono"));
    }

    [Fact]
    public void An_apostrophe_next_to_Latin_has_a_Latin_width_and_one_next_to_CJK_a_full_one()
    {
        var english = Find(Letters(English), "It’s a book");
        var apostrophe = english[2];
        apostrophe.FontName!.ShouldContain("NotoSerif-Regular");
        (apostrophe.Width / apostrophe.PointSize).ShouldBeLessThan(0.4);

        var chinese = Letters(Chinese);
        var mixed = Find(chinese, "it’s和don’t");
        mixed[2].FontName!.ShouldContain("NotoSerif-Regular");
        (mixed[2].Width / mixed[2].PointSize).ShouldBeLessThan(0.4);
        var quote = Find(chinese, "“你好”")[0];
        quote.FontName!.ShouldContain("NotoSerifSC");
        (quote.Width / quote.PointSize).ShouldBeGreaterThan(0.85);
    }

    [Fact]
    public void Emoji_symbols_and_Hangul_are_drawn_in_fonts_that_have_them()
    {
        var english = Letters(English);
        Find(english, "✅Keep")[0].FontName!.ShouldContain("NotoEmoji");
        Find(english, "❌Don")[0].FontName!.ShouldContain("NotoEmoji");
        Find(english, "➜Then")[0].FontName!.ShouldContain("NotoSansSymbols2");
        Find(english, "한글은").ShouldAllBe(l => l.FontName!.Contains("NanumMyeongjo"));
        Find(english, "Жизнь").ShouldAllBe(l => l.FontName!.Contains("NotoSerif-Regular"));
        Find(Letters(Chinese), "✅使用官方镜像")[0].FontName!.ShouldContain("NotoEmoji");
        Find(Letters(Chinese), "🐳运行容器")[0].FontName!.ShouldContain("NotoEmoji");
    }

    [Fact]
    public void Latin_emphasis_is_the_true_italic_and_never_a_slanted_regular()
    {
        var italic = Find(Letters(English), "Emphasis is set");
        italic.ShouldAllBe(l => l.FontName!.Contains("NotoSerif-Italic"));
        // No skew in the text matrix: the glyphs stand upright in their own italic design.
        italic.ShouldAllBe(l => Math.Abs(l.BoundingBox.BottomLeft.X - l.BoundingBox.TopLeft.X) < 0.01);
        Find(Letters(Chinese), "强调的中文").ShouldAllBe(l => l.FontName!.Contains("NotoSerifSC-Regular"));
    }

    [SkippableFact]
    public void SVG_text_asking_for_Arial_Times_and_Courier_is_set_in_the_metric_compatible_Liberation_faces()
    {
        using var saved = Support.PdfTools.Save(English.Pdf);
        Support.PdfTools.SkipUnlessAvailable("pdffonts");
        var fonts = Support.PdfTools.PdfFonts(saved.Path).Select(f => f.Name).ToList();

        fonts.ShouldContain(f => f.EndsWith("+LiberationSans", StringComparison.Ordinal));
        fonts.ShouldContain(f => f.EndsWith("+LiberationSerif", StringComparison.Ordinal));
        fonts.ShouldContain(f => f.EndsWith("+LiberationMono", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Arial, Helvetica, sans-serif", "sans")]
    [InlineData("'Helvetica Neue'", "sans")]
    [InlineData("Times New Roman, serif", "serif")]
    [InlineData("Courier New", "mono")]
    [InlineData("monospace", "mono")]
    [InlineData("Some Unknown Face", "serif")]
    public void SVG_font_families_map_to_their_generic_family(string families, string generic)
    {
        IDocBook.Pdf.Output.SvgFonts.Generic(families).ShouldBe(generic);
    }

    [Fact]
    public void The_listing_caption_and_file_name_are_printed()
    {
        var text = string.Concat(Letters(English).Where(l => l.Value != " ").Select(l => l.Value));
        text.ShouldContain("Filename:src/main.rs");
        text.ShouldContain("Listing2-1:Comparingaguesswith!=andamatcharm");
        text.ShouldContain("Thiscodedoesnotcompile!");
        text.ShouldNotContain("Aclienttalkstoaserver"); // alt text is not a caption
        text.ShouldContain("Figure1:therequestflow");
    }
}
