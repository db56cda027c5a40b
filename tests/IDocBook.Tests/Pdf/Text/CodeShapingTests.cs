using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;

namespace IDocBook.Tests.Pdf.Text;

public sealed class CodeShapingTests(TextFixture fixture) : IClassFixture<TextFixture>
{
    [Theory]
    [InlineData("a != b => c -> d")]
    [InlineData("x === y <= z >= w || v && u")]
    [InlineData("<!-- www ::= |> <|> ... /* */ ")]
    public void Code_is_drawn_with_one_glyph_per_character_typed(string code)
    {
        var line = fixture.Layouter().Layout(new ParagraphSpec([new StyledText(code, new TextStyle(FontRole.Mono, 10))], 1000) { Preformatted = true }).Single();

        var glyphs = line.Runs.SelectMany(r => r.Glyphs).ToArray();
        glyphs.Length.ShouldBe(code.Length);
        var face = fixture.Fonts.FaceFor(FontRole.Mono, '=')!;
        for (var i = 0; i < code.Length; i++)
        {
            face.Shaper.TryGetNominalGlyph(code[i], out var nominal).ShouldBeTrue();
            glyphs[i].ShouldBe((ushort)nominal, $"'{code[i]}' at {i} of {code}");
        }
    }

    [Fact]
    public void Without_the_code_role_the_same_font_would_join_them()
    {
        // Proves the test above can fail: JetBrains Mono's contextual alternates do change != when asked to.
        var face = fixture.Fonts.FaceFor(FontRole.Mono, '=')!;
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16("!= =>");
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer);
        face.Shaper.TryGetNominalGlyph('=', out var equals);
        buffer.GetGlyphInfoSpan().ToArray().Select(g => g.Codepoint).ShouldContain(g => g != equals && g != ' ');
        var nominal = "!= =>".Select(c => face.Shaper.TryGetNominalGlyph(c, out var g) ? g : 0u).ToArray();
        buffer.GetGlyphInfoSpan().ToArray().Select(g => g.Codepoint).ShouldNotBe(nominal);
    }
}
