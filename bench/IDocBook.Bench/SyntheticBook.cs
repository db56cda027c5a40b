using System.Globalization;
using System.Text;
using SkiaSharp;

namespace IDocBook.Bench;

/// <summary>
/// Writes a deterministic GitBook-style book of Chinese technical prose: every chapter has three
/// levels of headings, paragraphs of CJK with Latin terms, lists, a quote, code in bash, yaml,
/// dockerfile and go, a table, footnotes, links into the previous chapter, and now and then a PNG
/// or an SVG. The same seed and size always give the same bytes, so runs compare.
/// </summary>
internal static class SyntheticBook
{
    private static readonly string[] Languages = ["bash", "yaml", "dockerfile", "go"];

    private static readonly string[] Terms = ["Docker", "Kubernetes", "containerd", "cgroups", "namespace", "overlay2", "Compose", "registry", "runc", "OCI", "CI/CD", "Linux"];

    private static readonly string[] Phrases =
    [
        "容器把应用和它依赖的运行环境一起打包", "镜像是只读的分层文件系统", "每一层只记录相对上一层的变化",
        "守护进程负责构建、运行和分发容器", "客户端通过接口与守护进程通信", "仓库集中存放和分发镜像",
        "数据卷让数据独立于容器的生命周期", "网络驱动决定了容器之间如何互相访问", "资源限制防止一个容器拖垮整台主机",
        "编排工具在多台机器之间调度容器", "健康检查让故障的实例被及时替换", "日志应当写到标准输出，由平台统一收集",
        "构建缓存能显著缩短持续集成的时间", "多阶段构建可以让最终镜像保持精简", "不要在镜像里保存密码和密钥",
        "以非特权用户运行进程可以减小攻击面", "标签应当指向不可变的版本而不是最新版", "配置通过环境变量注入，而不是写死在代码里",
        "滚动更新时新旧版本会短暂地同时存在", "开发、测试与生产环境因此保持一致", "迁移到新的主机只需要拉取镜像再启动",
        "虚拟机模拟整套硬件，而容器共享宿主机的内核", "启动一个容器通常只需要几百毫秒", "服务发现让调用方不必关心实例的地址",
        "回滚时只要重新部署上一个版本的镜像", "联合文件系统把多层目录叠加成一个视图", "命名空间隔离了进程、网络和挂载点",
        "控制组限制了处理器、内存和输入输出", "镜像的摘要唯一地标识了它的内容", "私有仓库适合存放公司内部的镜像",
    ];

    /// <summary>What <c>typesetting</c> books add to their prose: long inline code, brackets and quotes next to other marks, Latin typed against Chinese.</summary>
    private static readonly string[] LongCode =
    [
        "docker run -d --name web -p 8080:80 --restart=unless-stopped nginx:1.27", "/var/lib/docker/overlay2/merged",
        "--mount=type=cache,target=/root/.cache/go-build", "kubectl get pods --all-namespaces -o wide",
        "terminationGracePeriodSeconds", "HEALTHCHECK --interval=30s CMD curl -f http://localhost/",
    ];

    private static readonly string[] Asides = ["（见下一节）", "（也叫“层”）", "（即OCI镜像）", "（参见《容器安全》）", "（也就是「标签」）"];

    private static readonly string[] Touching = ["用Go开发的服务", "节点CPU使用率", "Docker是其中之一", "把Dockerfile放在根目录", "第3层"];

    /// <param name="typesetting">Prose that puts the typesetter to work (the typesetting report's book): long
    /// inline code, adjacent full-width marks （）。“”，「」, Latin typed against Chinese. Off, the book stays
    /// the one the speed figures were taken on.</param>
    public static BookSize Write(string root, int chapters, int chapterBytes, int seed = 1, bool typesetting = false)
    {
        Directory.CreateDirectory(Path.Combine(root, "images"));
        var random = new Random(seed);
        var summary = new StringBuilder("# Summary\n\n* [前言](README.md)\n");
        File.WriteAllText(Path.Combine(root, "README.md"), "# 前言\n\n" + Paragraph(random, typesetting) + "\n");
        File.WriteAllText(Path.Combine(root, "book.json"), "{\n  \"title\": \"容器技术实践（基准测试用书）\",\n  \"author\": \"IDocBook\",\n  \"language\": \"zh-hans\"\n}\n");
        WriteImages(root);
        return GeneratedChapters.Write(root, chapters, summary, 20, n => $"第 {n} 部分", c => $"第 {c} 章", c => Chapter(random, c, chapters, chapterBytes, typesetting));
    }

    /// <summary>The figures every generated book shows: a PNG and an SVG.</summary>
    public static void WriteImages(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "images"));
        File.WriteAllBytes(Path.Combine(root, "images", "layers.png"), Png());
        File.WriteAllText(Path.Combine(root, "images", "flow.svg"), Svg());
    }

    /// <summary>Chapter files in reading order, for tools that take a list of files (Pandoc).</summary>
    public static IEnumerable<string> ChapterFiles(string root) =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(root, "chapters"), "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(root, f)));

    private static (string Text, int CodeBlocks) Chapter(Random random, int n, int count, int targetBytes, bool typesetting)
    {
        var sb = new StringBuilder();
        var note = 0;
        var code = 0;
        sb.Append(CultureInfo.InvariantCulture, $"# 第 {n} 章 {Phrase(random)[..6]}\n\n");
        for (var section = 1; Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes || section <= 3; section++)
        {
            // Past the chapter's size, sections keep their code and lists but not their prose, so
            // a small chapter still has its six code blocks (the Pandoc-sized book needs them).
            var pastSize = Encoding.UTF8.GetByteCount(sb.ToString()) >= targetBytes;
            sb.Append(CultureInfo.InvariantCulture, $"## {n}.{section} {Phrase(random)[..8]} {{#s{n}-{section}}}\n\n");
            if (!pastSize) sb.Append(Paragraph(random, typesetting)).Append("\n\n");
            if (n > 1 && random.Next(2) == 0)
                sb.Append(CultureInfo.InvariantCulture, $"参见[上一章的 {n - 1}.1 节]({GeneratedChapters.Name(n - 1)}#s{n - 1}-1)，那里讲了{Phrase(random)}。\n\n");
            if (random.Next(3) == 0) sb.Append(CultureInfo.InvariantCulture, $"{Phrase(random)}[^n{++note}]。\n\n[^n{note}]: {Phrase(random)}，详见官方文档。\n\n");
            for (var sub = 1; sub <= 2; sub++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"### {n}.{section}.{sub} {Phrase(random)[..5]}\n\n");
                if (Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes) sb.Append(Paragraph(random, typesetting)).Append("\n\n");
                switch (random.Next(4))
                {
                    case 0:
                        for (var i = 0; i < 4; i++) sb.Append(i % 2 == 0 ? "- " : "- **").Append(Phrase(random)).Append(i % 2 == 0 ? "\n" : "**\n");
                        sb.Append('\n');
                        break;
                    case 1:
                        sb.Append("> ").Append(Phrase(random)).Append("。\n>\n> ").Append(Phrase(random)).Append("。\n\n");
                        break;
                    case 2:
                        sb.Append("| 命令 | 作用 | 备注 |\n|---|---|---|\n");
                        for (var i = 0; i < 5; i++) sb.Append(CultureInfo.InvariantCulture, $"| `docker {Terms[random.Next(Terms.Length)].ToLowerInvariant()}` | {Phrase(random)[..7]} | {random.Next(100)} |\n");
                        sb.Append('\n');
                        break;
                    default:
                        sb.Append("1. ").Append(Phrase(random)).Append("\n2. ").Append(Phrase(random)).Append("\n3. ").Append(Phrase(random)).Append("\n\n");
                        break;
                }
                sb.Append(Code(random, Languages[(n + section + sub) % Languages.Length])).Append('\n');
                code++;
            }
            if (section == 1 && n % 3 == 0) sb.Append("![镜像的分层](../images/layers.png)\n\n");
            if (section == 2 && n % 5 == 0) sb.Append("![构建流程](../images/flow.svg)\n\n");
        }
        if (n < count) sb.Append(CultureInfo.InvariantCulture, $"下一章见[第 {n + 1} 章]({GeneratedChapters.Name(n + 1)})。\n");
        return (sb.ToString(), code);
    }

    internal static string Phrase(Random random) => Phrases[random.Next(Phrases.Length)];

    private static string Paragraph(Random random, bool typesetting)
    {
        var sb = new StringBuilder("　　");
        var sentences = random.Next(3, 7);
        for (var i = 0; i < sentences; i++)
        {
            sb.Append(Phrase(random));
            if (typesetting)
            {
                switch (random.Next(6))
                {
                    case 0: sb.Append("，运行 `").Append(LongCode[random.Next(LongCode.Length)]).Append("` 即可"); break;
                    case 1: sb.Append(Asides[random.Next(Asides.Length)]); break;
                    case 2: sb.Append("，要把“镜像”、“容器”和「标签」分清"); break;
                    case 3: sb.Append('，').Append(Touching[random.Next(Touching.Length)]); break;
                }
            }
            if (random.Next(3) == 0) sb.Append("，例如 ").Append(Terms[random.Next(Terms.Length)]).Append(' ');
            else if (random.Next(5) == 0) sb.Append("，也就是 `").Append(Terms[random.Next(Terms.Length)].ToLowerInvariant()).Append("` ");
            sb.Append(random.Next(4) == 0 ? "；" : "，").Append(Phrase(random)).Append('。');
        }
        return sb.ToString();
    }

    public static string Code(Random random, string language)
    {
        var lines = language switch
        {
            "bash" => new[] { "# 拉取镜像并启动容器", "docker pull nginx:1.27", $"docker run -d --name web{random.Next(99)} -p 8080:80 nginx:1.27", "docker ps --format '{{.Names}}\\t{{.Status}}'", "docker logs -f web | grep -i error" },
            "yaml" => ["services:", "  web:", "    image: nginx:1.27", $"    ports: [\"{8000 + random.Next(99)}:80\"]", "    environment:", "      - TZ=Asia/Shanghai  # 时区"],
            "dockerfile" => ["FROM golang:1.23 AS build", "WORKDIR /src", "COPY . .", "RUN go build -o /app ./cmd/server", "FROM gcr.io/distroless/base", "COPY --from=build /app /app", "ENTRYPOINT [\"/app\"]"],
            _ => ["package main", "", "import \"fmt\"", "", "// main 打印一条问候", "func main() {", $"\tfmt.Println(\"你好，容器\", {random.Next(1000)})", "}"],
        };
        return "```" + language + "\n" + string.Join('\n', lines) + "\n```\n";
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(480, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            for (var i = 0; i < 4; i++) canvas.DrawRect(40, 30 + i * 48, 400, 36, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string Svg() =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"120\" viewBox=\"0 0 400 120\">" +
        "<rect x=\"10\" y=\"40\" width=\"100\" height=\"40\" fill=\"#def\" stroke=\"#357\"/><text x=\"30\" y=\"65\" font-size=\"14\">源代码</text>" +
        "<rect x=\"150\" y=\"40\" width=\"100\" height=\"40\" fill=\"#def\" stroke=\"#357\"/><text x=\"175\" y=\"65\" font-size=\"14\">镜像</text>" +
        "<rect x=\"290\" y=\"40\" width=\"100\" height=\"40\" fill=\"#def\" stroke=\"#357\"/><text x=\"315\" y=\"65\" font-size=\"14\">容器</text>" +
        "<path d=\"M110 60 H150 M250 60 H290\" stroke=\"#357\" stroke-width=\"2\"/></svg>";
}

/// <summary>What was generated: chapters, Markdown bytes and code blocks.</summary>
internal sealed record BookSize(int Chapters, long MarkdownBytes, int CodeBlocks);
