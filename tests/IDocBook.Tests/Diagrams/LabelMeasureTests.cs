using IDocBook.Core.Diagnostics;
using IDocBook.Media.Fonts;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>The diagram stage measures labels as the PDF sets them: the room made for a label is the room it takes.</summary>
public sealed class LabelMeasureTests
{
    public static TheoryData<string, bool> Labels() => new()
    {
        { "宿主机 Docker Host", false },
        { "镜像仓库 Registry", true },
        { "AV Wa To fi ffi", false },
        { "构建（Build）、测试：发布。", false },
        { "docker run -d -p 80:80 nginx", true },
        { "→ ✓ ±", false },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void TheWidthIsThePdfsWidth(string text, bool bold)
    {
        var characters = new SortedSet<int>(text.EnumerateRunes().Select(r => r.Value));
        using var fonts = FontSet.Create(characters, labels: characters);
        // As DiagramLayout sets a label: one preformatted line, so no punctuation is compressed and no autospace added.
        var style = new TextStyle(bold ? FontRole.LabelBold : FontRole.Label, 9f);
        var pdf = new TextLayouter(fonts).Layout(new ParagraphSpec([new StyledText(text, style)], 10_000) { Align = TextAlign.Left, Preformatted = true }).Single().Width;
        LabelMeasure.Bundled.Width(text, 9f, bold).ShouldBe(pdf, 0.01f);
    }

    [Fact]
    public void CjkIsOneEmAndBoldIsWider()
    {
        LabelMeasure.Bundled.Width("容器", 10f, false).ShouldBe(20f, 0.01f);
        LabelMeasure.Bundled.Width("Docker", 10f, true).ShouldBeGreaterThan(LabelMeasure.Bundled.Width("Docker", 10f, false));
    }
}
