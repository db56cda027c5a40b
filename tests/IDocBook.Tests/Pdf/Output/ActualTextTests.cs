using IDocBook.Pdf.Output;
using IDocBook.Pdf.Text;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class ActualTextTests
{
    [Fact]
    public void Glyphs_that_match_the_cmap_keep_their_own_characters()
    {
        using var fonts = new SampleFonts("容器Docker");
        var run = fonts.Line("容器Docker").Runs[0];

        ClusterMap.Clusters(run).ShouldBe([0, 1, 2, 3, 4, 5, 6, 7]);
    }

    [Fact]
    public void An_unmatched_middle_becomes_one_cluster()
    {
        using var fonts = new SampleFonts("容器fi");
        var line = fonts.Line("容器fi");
        var run = line.Runs[0];
        // As if shaping had made a ligature of "fi": one glyph (any that is not the cmap's) for two characters.
        var ligature = run with { Glyphs = [run.Glyphs[0], run.Glyphs[1], run.Glyphs[1]], X = [0, 12, 18], Text = "容fi器" };

        ClusterMap.Clusters(ligature).ShouldBe([0, 1, 3]);
    }

    [Fact]
    public void A_notdef_glyph_is_a_cluster_of_its_own_character()
    {
        using var fonts = new SampleFonts("容器");
        var run = fonts.Line("容器").Runs[0];

        ClusterMap.Clusters(run with { Glyphs = [run.Glyphs[0], 0, run.Glyphs[1]], Text = "容\u4DB6器" }).ShouldBe([0, 1, 2]);
        ClusterMap.Clusters(run with { Glyphs = [0, run.Glyphs[1]], Text = "\u4DB6器" }).ShouldBe([0, 1]);
    }

    [SkippableFact]
    [Trait("Category", "Validator")]
    public void A_glyph_without_a_character_of_its_own_still_extracts_as_its_text()
    {
        var pdf = RenderedSample.Render(fonts =>
        {
            var book = SampleDocument.Build(fonts, images: false);
            var run = fonts.Line("容器").Runs[0];
            // A .notdef box standing for a character no font has (U+4DB6 here), between two real glyphs.
            var boxed = run with { Glyphs = [run.Glyphs[0], 0, run.Glyphs[1]], X = [0, 12, 24], Text = "容\u4DB6器", Width = 36 };
            var page = new Page(420, 595, [new TextItem(60, 100, new TextLine(36, 19, 14, [boxed]))]);
            return book with { Pages = [page], Outline = [], Labels = [] };
        });
        using var file = PdfTools.Save(pdf);

        PdfTools.PdfToText(file.Path).Trim().ShouldBe("容\u4DB6器");
    }

    [Fact]
    public void A_ligature_reads_back_as_its_letters_even_where_ActualText_is_ignored()
    {
        var ligatures = 0;
        var pdf = RenderedSample.Render(fonts =>
        {
            var line = fonts.Shaped("office file");
            ligatures = "office file".Length - line.Runs[0].Glyphs.Length;
            return SampleDocument.Build(fonts, images: false) with { Pages = [new Page(420, 595, [new TextItem(60, 100, line)])], Outline = [], Labels = [] };
        }, "office file");
        using var document = RenderedSample.Open(pdf);

        ligatures.ShouldBeGreaterThan(0, "the font made no ligature, so this test would prove nothing");
        // PdfPig reads only the ToUnicode map: the ligature glyph must map to its letters there.
        document.GetPage(1).Text.Replace(" ", "").ShouldBe("officefile");
    }
}
