using IDocBook.Core.Model;
using IDocBook.Epub;

namespace IDocBook.Tests.Epub;

/// <summary>
/// Small books built by hand, as the reader and transforms would leave them: every block and inline
/// kind, Chinese and Latin text, parts, a sub-chapter, skipped heading levels, links, footnotes, images.
/// </summary>
internal static class SampleBooks
{
    private static readonly SourceSpan S = SourceSpan.None;

    /// <summary>A valid 1×1 PNG (IHDR, IDAT, IEND with correct CRCs).</summary>
    public static readonly byte[] TinyPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x64, 0x60, 0xF8, 0x5F,
        0x0F, 0x00, 0x02, 0x87, 0x01, 0x80, 0xEB, 0x47, 0xBA, 0x92, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    public static readonly byte[] TinySvg = System.Text.Encoding.UTF8.GetBytes(
        """<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10"><rect width="20" height="10" fill="#2496ed"/></svg>""");

    // Source names with spaces, CJK, '#' and '%': the writer must not reuse them.
    public const string PngHref = "images/logo one#1%.png";
    public const string SvgHref = "图片/架构 diagram.svg";

    public static Book Sample() => new(
        new BookMetadata
        {
            Title = "Docker 学习笔记",
            Subtitle = "i-docker-book",
            Authors = ["张三", "Jane Doe"],
            Language = "zh-CN",
            Identifier = "urn:uuid:6f1c2a3e-0d5b-4c1e-9a7f-3b2d1e0c9a88",
            Description = "Docker 入门与实践笔记。",
            Publisher = "IDocBook",
            Rights = "CC BY-SA 4.0",
            Keywords = ["Docker", "容器"],
            Date = new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(8)),
            Name = "sample",
        },
        [
            new Part(null, [Preface()]),
            new Part("第一部分 基础", [Intro()]),
            new Part("Part II Usage", [Usage()]),
        ],
        [
            new Resource(PngHref, "image/png", TinyPng) { Width = 1, Height = 1 },
            new Resource(SvgHref, "image/svg+xml", TinySvg) { Width = 20, Height = 10 },
        ]);

    /// <summary>The options the sample is written with: a generated cover, no embedded font.</summary>
    public static EpubOptions Options => new() { CoverPng = TinyPng };

    /// <summary>A prefix chapter whose blocks do not start with a title: the writer adds the h1.</summary>
    private static Chapter Preface() => new("preface", "前言", "README.md",
    [
        P(T("这是一本关于 Docker 的笔记。This book is about Docker.")),
    ], []) { Kind = ChapterKind.Prefix };

    private static Chapter Intro() => new("intro", "Docker 简介", "intro/README.md",
    [
        H(1, "docker-简介", "Docker 简介", "1"),
        P(T("Docker 是一个开源的容器引擎"), new FootnoteReference("note", 1, S), T("。"), new LineBreak(S),
          new Emphasis([T("强调")], S), T(" "), new Strong([T("Strong")], S), T(" "),
          new Strikethrough([T("删除")], S), T(" x"), new Superscript([T("2")], S), T(" H"), new Subscript([T("2")], S), T("O "),
          new Keyboard([T("Ctrl+C")], S), T(" "), new InlineCode("docker run <image> & \u0007", S), T(" "),
          new Span(new Attributes("s-1", ["note", "bad class!"], [new("lang", "en"), new("onclick", "alert(1)"), new("style", "color:red")]), [T("span")], S)),
        P(new Link(new InternalTarget("usage", "run-a-container"), "运行", [T("运行容器")], S), T("、"),
          new Link(new InternalTarget("intro", "docker的简介"), null, [T("本章")], S), T("、"),
          new Link(new ExternalTarget("https://docs.docker.com/?a=1&b=2"), null, [T("Docker 文档")], S), T("、"),
          new Link(new BrokenTarget("../missing.md"), null, [T("坏链接")], S), T("、"),
          new Link(new UnresolvedTarget("raw.md"), null, [T("未解析")], S), T("、"),
          new Image("logo one#1%.png", "Docker 标志", "logo", new Attributes(null, [], [new("width", "120")]), S) { ResourceHref = PngHref }),
        H(3, "skipped", "跳级标题 Skipped level"),
        H(2, "docker的简介", "docker的简介"),
        new BlockQuote([P(T("引用的文字。"))], S),
        new ListBlock(true, 3, true, [Item(P(T("第三步"))), Item(P(T("第四步")))], S),
        new ListBlock(false, 1, false,
        [
            new ListItem([P(T("已完成"))], true, S),
            new ListItem([P(T("未完成")), new ListBlock(false, 1, true, [Item(P(T("嵌套")))], S)], false, S),
        ], S),
        new CodeBlock("bash", "# 注释\ndocker run hello", S)
        {
            Lines =
            [
                new CodeLine([new CodeToken("# 注释", new TokenStyle("comment", "#6a737d", false, true))]),
                new CodeLine([new CodeToken("docker", new TokenStyle("keyword", "#d73a49", true, false)), new CodeToken(" run hello", null)]),
            ],
        },
        new CodeBlock(null, "<html> & \"quotes\"\n\tindented\u0001", S),
        new Table([ColumnAlign.Left, ColumnAlign.Center, ColumnAlign.Right],
            [new TableRow([Cell("命令"), Cell("说明"), Cell("Count")])],
            [
                new TableRow([Cell("docker ps"), Cell("列出容器"), Cell("1")]),
                new TableRow([new TableCell([T("合并两列")], ColumnAlign.Default, 2), Cell("2")]),
            ], S),
        new Figure(new Image("架构 diagram.svg", "架构图", null, Attributes.Empty, S) { ResourceHref = SvgHref }, [T("图 1 架构")], S),
        new Figure(new Image("missing.png", "缺失的图", null, Attributes.Empty, S), [], S),
        new ThematicBreak(S),
        new Div(new Attributes(null, [], [new("align", "center")]), [P(T("居中的文字"))], S),
        new Div(new Attributes("tip-1", ["alert", "alert-note"], []), [P(T("这是一条提示。"))], S),
        new Details([T("点击展开")], [P(T("隐藏的内容"))], S),
        H(8, "deep", "很深的标题"),
        new FootnoteDefinition("note", 1, [P(T("脚注的内容。"))], S),
        new FootnoteDefinition("unused", 2, [P(T("没有被引用的脚注。"))], S),
    ], [History()]);

    /// <summary>A sub-chapter that links back to its parent, once to an anchor that does not exist.</summary>
    private static Chapter History() => new("intro-history", "历史 History", "intro/history.md",
    [
        H(1, "history", "历史 History", "1.1"),
        P(new Link(new InternalTarget("intro", "docker的简介"), null, [T("回到简介")], S), T(" / "),
          new Link(new InternalTarget("intro", "no-such-anchor"), null, [T("stale anchor")], S)),
    ], []);

    /// <summary>A chapter with a footnote reference but no definition, and an image that is not in the book.</summary>
    private static Chapter Usage() => new("usage", "Usage 使用", "usage.md",
    [
        H(1, "usage", "Usage 使用", "2"),
        H(2, "run-a-container", "Run a container", "2.1"),
        P(T("Remote image: "), new Image("https://example.com/a.png", "远程图片", null, Attributes.Empty, S), T(" dangling"), new FootnoteReference("x", 1, S)),
    ], []);

    private static Text T(string value) => new(value, S);

    private static Paragraph P(params Inline[] content) => new(content, S);

    private static ListItem Item(params Block[] content) => new(content, null, S);

    private static TableCell Cell(string text) => new([T(text)], ColumnAlign.Default);

    private static Heading H(int level, string id, string text, string? number = null) =>
        new(level, [T(text)], Attributes.Empty.WithId(id), S) { Number = number };
}
