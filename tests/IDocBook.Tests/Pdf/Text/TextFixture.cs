using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Text;

namespace IDocBook.Tests.Pdf.Text;

/// <summary>One font set for all text tests: subsetting four fonts is the slow part.</summary>
public sealed class TextFixture : IDisposable
{
    /// <summary>Every character the tests set, plus ASCII, as a book would collect them.</summary>
    public const string Corpus =
        "这是一个测试，看看标点。「引用的话」（括号内容）以及更多的文字、顿号；分号：冒号？问号！感叹号……省略号。" +
        "《书名》『双引』甲乙丙丁戊己庚辛壬癸·～容器镜像代码正文段落排版中英文混合使用客户端守护进程通信" +
        "运行在主机上用户并不直接和交互而是通过间接其实际二进制程序主要方式它接收指令并且与背后如此来回往复　↩😀\U0010FFFD\u0378" +
        "’‘“”—–…·✅❌⚠➜한국어ΑβγЖж好然后是用开发配置文件在里";

    public FontSet Fonts { get; } = FontSet.Create(CodePoints(Corpus + Ascii()));

    public static HashSet<int> CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];

    private static string Ascii() => new([.. Enumerable.Range(0x20, 0x5F).Select(i => (char)i)]);

    public TextLayouter Layouter(string language = "zh", TypesetSettings? settings = null) => new(Fonts, settings) { Language = language };

    public void Dispose() => Fonts.Dispose();
}

internal static class Lines
{
    public static TextStyle Body(float size = 10) => new(FontRole.Body, size);

    public static ParagraphSpec Spec(string text, float width, TextStyle? style = null) =>
        new([new StyledText(text, style ?? Body())], width);

    /// <summary>The source text a line sets (continuation marks left out).</summary>
    public static string TextOf(TextLine line) => string.Concat(line.Runs.Where(r => !r.IsContinuationMark).Select(r => r.Text));

    public static string[] Texts(IEnumerable<TextLine> lines) => [.. lines.Select(TextOf)];

    /// <summary>Right edge of the last glyph advance on the line.</summary>
    public static float RightEdge(TextLine line) => line.Runs.Count == 0 ? 0 : line.Runs[^1].Left + line.Runs[^1].Width;
}
