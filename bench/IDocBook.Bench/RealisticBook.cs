using System.Globalization;
using System.Text;

namespace IDocBook.Bench;

/// <summary>
/// Writes a deterministic Chinese GitBook shaped like the real 196-file, 855 KB book of issue 18,
/// not like <see cref="SyntheticBook"/>'s: about seven code blocks per chapter, every one distinct
/// (shell, Dockerfile, YAML, Go, JSON, Python, Rust, see <see cref="CodeVocabulary"/>), 36 raster
/// screenshots (PNG and JPEG, some PNGs with alpha) and 4 SVGs, tables of up to 8 columns, long
/// inline code, links to other chapters and to the web. What each adds up to is printed by
/// <see cref="BookStats"/>.
/// </summary>
internal static class RealisticBook
{
    public const int Screens = 36;
    private const int Svgs = 4;

    private static readonly string[] Headers = ["命令", "作用", "默认值", "示例", "版本", "平台", "是否必需", "备注"];

    private static readonly string[] LongInline =
    [
        "docker run -d --name web -p 8080:80 --restart=unless-stopped -v web-data:/usr/share/nginx/html nginx:1.27",
        "/var/lib/docker/overlay2/3f1c9a7e2b/merged/etc/nginx/conf.d/default.conf",
        "--mount=type=cache,target=/root/.cache/go-build,sharing=locked",
        "kubectl get pods --all-namespaces -o jsonpath='{.items[*].spec.containers[*].image}'",
        "spec.template.spec.containers[0].resources.limits.memory",
        "terminationGracePeriodSeconds", "DOCKER_BUILDKIT=1", "/etc/docker/daemon.json", "unless-stopped",
    ];

    private static readonly string[] Sites =
    [
        "https://docs.docker.com/engine/reference/commandline/run/", "https://kubernetes.io/docs/concepts/workloads/pods/",
        "https://github.com/opencontainers/runtime-spec/blob/main/config.md", "https://go.dev/doc/effective_go",
        "https://docs.python.org/3/library/subprocess.html", "https://doc.rust-lang.org/book/ch16-00-concurrency.html",
    ];

    public static BookSize Write(string root, int chapters, int chapterBytes, int seed = 18)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(root, "images"));
        File.WriteAllText(Path.Combine(root, "book.json"), "{\n  \"title\": \"容器与云原生实战（基准测试用书）\",\n  \"author\": \"IDocBook\",\n  \"language\": \"zh-hans\"\n}\n");
        File.WriteAllText(Path.Combine(root, "README.md"), "# 前言\n\n" + Prose(random, 3) + "\n");
        var shots = Screenshots.Write(Screens, seed).ToList();
        foreach (var shot in shots) File.WriteAllBytes(Path.Combine(root, "images", shot.FileName), shot.Data);
        for (var s = 0; s < Svgs; s++) File.WriteAllText(Path.Combine(root, "images", $"diagram-{s + 1}.svg"), Svg(s));

        var summary = new StringBuilder("# Summary\n\n* [前言](README.md)\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return GeneratedChapters.Write(root, chapters, summary, 25, n => $"第 {n} 部分", c => $"第 {c} 章", c =>
        {
            // Screenshots and diagrams spread evenly over the book, each shown once.
            var shot = c * Screens / chapters != (c - 1) * Screens / chapters ? shots[(c - 1) * Screens / chapters].FileName : null;
            var svg = c * Svgs / chapters != (c - 1) * Svgs / chapters ? $"diagram-{(c - 1) * Svgs / chapters + 1}.svg" : null;
            return Chapter(random, c, chapters, chapterBytes, seen, shot, svg);
        });
    }

    private static (string Text, int CodeBlocks) Chapter(Random random, int n, int count, int targetBytes, HashSet<string> seen, string? shot, string? svg)
    {
        var sb = new StringBuilder();
        var code = 0;
        sb.Append(CultureInfo.InvariantCulture, $"# 第 {n} 章 {Phrase(random)[..7]}\n\n").Append(Prose(random, 1)).Append("\n\n");
        for (var section = 1; Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes || section <= 2; section++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"## {n}.{section} {Phrase(random)[..8]} {{#s{n}-{section}}}\n\n");
            sb.Append(Prose(random, 1)).Append("\n\n");
            for (var b = random.Next(2, 6); b > 0; b--)
            {
                sb.Append(Fenced(random, seen)).Append('\n');
                code++;
                if (random.Next(3) == 0) sb.Append(Prose(random, 1)).Append("\n\n");
            }
            switch (random.Next(5))
            {
                case 0: sb.Append(Table(random)); break;
                case 1:
                    for (var i = 0; i < 4; i++) sb.Append("- ").Append(Phrase(random)).Append("，参见 [").Append(Phrase(random)[..4]).Append("](").Append(Sites[random.Next(Sites.Length)]).Append(")\n");
                    sb.Append('\n');
                    break;
                case 2: sb.Append("> **注意**：").Append(Phrase(random)).Append("。\n\n"); break;
                default:
                    if (n > 1) sb.Append(CultureInfo.InvariantCulture, $"回顾[第 {n - 1} 章]({GeneratedChapters.Name(n - 1)}#s{n - 1}-1)：{Phrase(random)}。\n\n");
                    break;
            }
            if (section == 1 && shot is not null) sb.Append(CultureInfo.InvariantCulture, $"![{Phrase(random)[..6]}的界面](../images/{shot})\n\n");
            if (section == 2 && svg is not null) sb.Append(CultureInfo.InvariantCulture, $"![架构示意](../images/{svg})\n\n");
        }
        if (n < count) sb.Append(CultureInfo.InvariantCulture, $"下一章见[第 {n + 1} 章]({GeneratedChapters.Name(n + 1)})。\n");
        return (sb.ToString(), code);
    }

    private static string Fenced(Random random, HashSet<string> seen)
    {
        while (true)
        {
            var language = CodeVocabulary.Language(random);
            var block = "```" + language + "\n" + CodeVocabulary.Block(random, language) + "```\n";
            if (seen.Add(block)) return block;
        }
    }

    private static string Table(Random random)
    {
        var columns = random.Next(3, 9);
        var sb = new StringBuilder("|");
        for (var c = 0; c < columns; c++) sb.Append(' ').Append(Headers[c]).Append(" |");
        sb.Append("\n|").Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
        for (var r = random.Next(3, 7); r > 0; r--)
        {
            sb.Append("| `").Append(LongInline[random.Next(LongInline.Length)].Split(' ')[0]).Append("` |");
            for (var c = 1; c < columns; c++)
                sb.Append(' ').Append(random.Next(3) == 0 ? random.Next(1000).ToString(CultureInfo.InvariantCulture) : Phrase(random)[..Math.Min(4 + c, 10)]).Append(" |");
            sb.Append('\n');
        }
        return sb.Append('\n').ToString();
    }

    private static string Phrase(Random random) => SyntheticBook.Phrase(random);

    private static string Prose(Random random, int paragraphs)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0) sb.Append("\n\n");
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                sb.Append(Phrase(random));
                switch (random.Next(6))
                {
                    case 0: sb.Append("，运行 `").Append(LongInline[random.Next(LongInline.Length)]).Append("` 即可"); break;
                    case 1: sb.Append("，详见[官方文档](").Append(Sites[random.Next(Sites.Length)]).Append(')'); break;
                    case 2: sb.Append("，例如 `").Append(LongInline[random.Next(6, LongInline.Length)]).Append('`'); break;
                }
                sb.Append('，').Append(Phrase(random)).Append('。');
            }
        }
        return sb.ToString();
    }

    private static string Svg(int n) =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"160\" viewBox=\"0 0 480 160\">"
        + string.Concat(Enumerable.Range(0, 4).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"<rect x=\"{10 + i * 120}\" y=\"{50 + 10 * ((i + n) % 3)}\" width=\"100\" height=\"44\" rx=\"6\" fill=\"#e8f0fe\" stroke=\"#1a73e8\"/><text x=\"{30 + i * 120}\" y=\"{77 + 10 * ((i + n) % 3)}\" font-size=\"14\">{(new[] { "客户端", "网关", "服务", "数据库" })[i]}</text>")))
        + "<path d=\"M110 75 H130 M230 75 H250 M350 75 H370\" stroke=\"#1a73e8\" stroke-width=\"2\"/></svg>";
}
