using System.Text;

namespace IDocBook.Tests.Fuzz;

/// <summary>
/// Random Markdown from one seed: every construct the reader supports, mixed with CJK, Latin, bidi
/// and emoji text, raw and broken HTML, and deliberately broken Markdown. <paramref name="chapters"/>
/// and <paramref name="files"/> name the book's other files so links, images and includes hit
/// real targets as often as missing ones.
/// </summary>
internal sealed class RandomMarkdown(Random random, IReadOnlyList<string> chapters, IReadOnlyList<string> files)
{
    private static readonly string[] Words =
    [
        "容器", "镜像", "仓库", "安装", "运行", "Docker", "image", "build", "the", "quick", "fox", "数据卷", "网络",
        "日本語", "한국어", "עברית", "مرحبا", "🐳", "👩‍👩‍👧", "a\u200bb", "\u202eRTL\u202c", "x\u0301", "full　width", "%23", "&amp;", "&lt;", "<", ">", "&",
    ];

    private static readonly string[] Noise = ["*", "**", "_", "`", "[", "]", "(", ")", "![", "<", ">", "</", "{{", "}}", "\\", "|", "#", "---", "~~", "[^", "<!--", "\u0000", "\u0007", "\uFFFF"];

    public string Chapter(int depth = 0)
    {
        var sb = new StringBuilder();
        if (random.Next(4) == 0) sb.Append("---\ntitle: ").Append(Sentence(3)).Append("\n---\n\n");
        if (random.Next(5) > 0) sb.Append('#', 1 + random.Next(3)).Append(' ').Append(Inline(4)).Append(random.Next(5) == 0 ? " {#custom-id .cls}" : "").Append("\n\n");
        for (var i = random.Next(1, 12); i > 0; i--) sb.Append(Block(depth)).Append("\n\n");
        return sb.ToString();
    }

    private string Block(int depth)
    {
        var pick = random.Next(depth > 3 ? 12 : 22);
        return pick switch
        {
            0 or 1 or 2 => Inline(12),
            3 => new string('#', 1 + random.Next(6)) + " " + Inline(4),
            4 => "```" + Pick("", "rust,no_run", "mermaid", "bash", "{.python}", "json", "unknown-lang") + "\n" + Sentence(8) + "\n" + Pick("", "{{#include " + File() + "}}") + "\n```",
            5 => string.Join('\n', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick("- ", "* ", "1. ", "- [ ] ", "- [x] ") + Inline(5)))
                 + (random.Next(2) == 0 ? "\n  - " + Inline(3) + "\n      - " + Inline(2) : ""),
            6 => "> " + Block(depth + 1).Replace("\n", "\n> "),
            7 => "> [!" + Pick("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "BOGUS") + "]\n> " + Inline(6),
            8 => Table(),
            9 => Pick("<div align=\"center\">\n\n" + Inline(5) + "\n\n</div>", "<p align=\"right\">" + Inline(3) + "</p>",
                "<details>\n<summary>" + Inline(2) + "</summary>\n\n" + Inline(6) + "\n\n</details>",
                "<figure>\n<img src=\"" + File() + "\" width=\"" + random.Next(-5, 900) + "\">\n<figcaption>" + Inline(3) + "</figcaption>\n</figure>",
                "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=\"https://x\"></iframe>", "<div onclick=\"x()\"><b>" + Inline(2),
                "<table><tr><th>" + Inline(1) + "<td colspan=\"" + random.Next(0, 5000) + "\">" + Inline(2) + "</table>", "<ul><li>" + Inline(2) + "<li>" + Inline(2) + "</ul>",
                "<unknown-tag a=b>" + Inline(2) + "</unknown-tag>", "<pre><code class=\"language-go\">" + Sentence(4) + "</code></pre>", "<br><hr/><img src=x>"),
            10 => Inline(2) + "\n:   " + Inline(6),
            11 => "{{#include " + File() + Pick("", ":1", ":2:3", "::2", ":anchor", ":nope") + "}}",
            12 => "---",
            13 => "[^" + random.Next(3) + "]: " + Inline(4),
            14 => "[ref" + random.Next(3) + "]: " + Target(),
            15 => string.Concat(Enumerable.Range(0, random.Next(5, 40)).Select(_ => Pick(Noise))),
            16 => new string('>', random.Next(1, 300)) + " " + Inline(2),
            17 => string.Join(' ', Enumerable.Repeat("-", random.Next(1, 200))) + " " + Inline(1),
            18 => "    indented code " + Sentence(3),
            19 => "\\{{#include " + File() + "}} {{#title " + Sentence(2) + "}}",
            20 => "<div>\n\n" + Block(depth + 1) + "\n\n" + Pick("</div>", ""),
            _ => "![" + Sentence(2) + "](" + Image() + ")",
        };
    }

    private string Table()
    {
        var columns = random.Next(1, random.Next(10) == 0 ? 120 : 6);
        var row = () => "|" + string.Concat(Enumerable.Range(0, columns).Select(_ => " " + Inline(2).Replace("|", "\\|").Replace("\n", " ") + " |"));
        var sb = new StringBuilder(row()).Append('\n').Append('|');
        for (var c = 0; c < columns; c++) sb.Append(Pick("---", ":--", "--:", ":-:")).Append('|');
        for (var r = random.Next(0, 6); r > 0; r--) sb.Append('\n').Append(row());
        return sb.ToString();
    }

    private string Inline(int words)
    {
        var sb = new StringBuilder();
        for (var i = random.Next(1, words + 1); i > 0; i--)
        {
            if (sb.Length > 0 && random.Next(3) > 0) sb.Append(random.Next(8) == 0 ? "\n" : " ");
            sb.Append(random.Next(14) switch
            {
                0 => "*" + Sentence(2) + "*",
                1 => "**" + Sentence(2) + Pick("**", ""),
                2 => "`" + Sentence(2) + "`",
                3 => "[" + Sentence(2) + "](" + Target() + ")",
                4 => "[" + Sentence(1) + "][ref" + random.Next(4) + "]",
                5 => "![" + Sentence(1) + "](" + Image() + ")",
                6 => "[^" + random.Next(4) + "]",
                7 => Pick("<br>", "<b>" + Sentence(1) + "</b>", "<kbd>Ctrl</kbd>", "<sup>1</sup>", "<img src=\"" + Image() + "\" width=\"50%\">", "<a href=\"" + Target() + "\">" + Sentence(1) + "</a>", "<span id=\"s" + random.Next(3) + "\">x</span>", "<a href=\"javascript:x()\">js</a>"),
                8 => "~~" + Sentence(1) + "~~",
                9 => "https://example.com/" + Pick("a", "b?c=d#e"),
                10 => Pick(Noise),
                _ => Sentence(1),
            });
        }
        return sb.ToString();
    }

    private string Sentence(int words) => string.Join(random.Next(2) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, words + 1)).Select(_ => Pick(Words)));

    private string Target() => random.Next(7) switch
    {
        0 => "https://example.com/" + Pick(Words),
        1 => "#" + Pick("custom-id", "s0", "容器", "missing", "a"),
        2 => "missing.md#x",
        3 => Pick("mailto:a@b.c", "javascript:alert(1)", "", "../../../etc/passwd", "/abs.md", "folder/"),
        _ => Chapters() + Pick("", "#" + Pick("custom-id", "s1", "容器", "nope")).Replace(".md", random.Next(4) == 0 ? ".html" : ".md"),
    };

    private string Image() => random.Next(6) switch
    {
        0 => "https://example.com/x.png",
        1 => "missing.png",
        2 => "../../../../etc/hostname",
        _ => Uri.EscapeDataString(Pick([.. files])).Replace("%2F", "/"),
    };

    private string File() => Pick([.. files, .. chapters, "missing.md", "/etc/passwd"]);

    private string Chapters() => chapters.Count == 0 ? "none.md" : Uri.EscapeDataString(Pick([.. chapters])).Replace("%2F", "/");

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
