using IDocBook.Media.Fonts;
using IDocBook.Pdf.Fonts;
using Shouldly;

namespace IDocBook.Tests.Pdf.Text;

public sealed class FontSetTests
{
    private const string Sample = "容器镜像Docker";

    [Fact]
    public void Faces_hold_only_the_glyphs_the_text_needs_and_map_every_character()
    {
        using var fonts = FontSet.Create(TextFixture.CodePoints(Sample));

        // Latin regular, italic, bold, bold italic and heading; CJK regular, bold and heading; mono.
        fonts.Faces.Select(f => f.Name).Order().ShouldBe(["JetBrainsMono-Regular", "NotoSans-Bold", "NotoSansSC-Bold", "NotoSerif-Bold", "NotoSerif-BoldItalic",
            "NotoSerif-Italic", "NotoSerif-Regular", "NotoSerifSC-Bold", "NotoSerifSC-Regular"]);
        foreach (var face in fonts.Faces)
        {
            FontSubsetter.GlyphCount(face.Data).ShouldBeLessThanOrEqualTo(30, face.Name);
        }
        // The label roles are given only diagram labels' characters, and this book has no diagram.
        foreach (var role in Enum.GetValues<FontRole>().Where(r => r is not (FontRole.Label or FontRole.LabelBold)))
        {
            foreach (var cp in TextFixture.CodePoints(Sample))
            {
                var face = fonts.FaceFor(role, cp).ShouldNotBeNull($"{role} U+{cp:X4}");
                face.Shaper.TryGetNominalGlyph((uint)cp, out var glyph).ShouldBeTrue();
                glyph.ShouldNotBe(0u);
                using var skFont = new SkiaSharp.SKFont(face.Typeface);
                skFont.GetGlyph(cp).ShouldBe((ushort)glyph); // Skia and HarfBuzz agree on ids
            }
        }
        fonts.FaceFor(FontRole.Mono, 'D')!.Name.ShouldBe("JetBrainsMono-Regular");
        fonts.FaceFor(FontRole.Mono, '容')!.Name.ShouldBe("NotoSerifSC-Regular");
        fonts.FaceFor(FontRole.Heading, '容')!.Name.ShouldBe("NotoSansSC-Bold");
        fonts.FaceFor(FontRole.Body, '书').ShouldBeNull(); // not asked for, so not embedded
        fonts.FaceFor(FontRole.Label, '容').ShouldBeNull();
    }

    [Fact]
    public void The_same_code_points_give_the_same_subsets()
    {
        using var first = FontSet.Create(TextFixture.CodePoints(Sample));
        using var second = FontSet.Create(TextFixture.CodePoints("rekcoD像镜器容"));

        second.Faces.Select(f => f.Data).ShouldBe(first.Faces.Select(f => f.Data));
    }

    [Fact]
    public void Named_fonts_replace_the_bundled_ones()
    {
        using var fonts = FontSet.Create(TextFixture.CodePoints(Sample), new FontChoice(Mono: BundledFonts.Serif));

        fonts.Primary(FontRole.Mono).Name.ShouldBe("NotoSerifSC-Regular");
        // Each file is subset once, however many roles use it; the bundled faces stay as fallbacks.
        fonts.Faces.Select(f => f.Name).ShouldBe(fonts.Faces.Select(f => f.Name).Distinct());
    }

    [Fact]
    public void A_named_font_without_CJK_falls_back_to_the_bundled_serif()
    {
        using var fonts = FontSet.Create(TextFixture.CodePoints("代码 code"), new FontChoice(Body: BundledFonts.Mono));

        fonts.Primary(FontRole.Body).Name.ShouldBe("JetBrainsMono-Regular");
        fonts.FaceFor(FontRole.Body, 'c')!.Name.ShouldBe("JetBrainsMono-Regular");
        fonts.FaceFor(FontRole.Body, '代')!.Name.ShouldBe("NotoSerifSC-Regular");
    }

    [Fact]
    public void Diagram_labels_are_set_in_the_label_chain_and_a_face_only_labels_use_holds_only_their_characters()
    {
        using var fonts = FontSet.Create(TextFixture.CodePoints("Docker 容器"), labels: TextFixture.CodePoints("节点 A"));
        fonts.FaceFor(FontRole.Label, '节')!.Name.ShouldBe("NotoSansSC-Regular");
        fonts.FaceFor(FontRole.Label, 'A')!.Name.ShouldBe("NotoSansSC-Regular");
        fonts.FaceFor(FontRole.Body, '节').ShouldBeNull();
        var sans = fonts.Faces.Single(f => f.Name == "NotoSansSC-Regular");
        FontSubsetter.GlyphCount(sans.Data).ShouldBeLessThanOrEqualTo(6); // .notdef, space, 节, 点, A
    }
}
