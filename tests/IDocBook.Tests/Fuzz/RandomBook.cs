using IDocBook.Tests.Support;
using System.Text;
using SkiaSharp;

namespace IDocBook.Tests.Fuzz;

/// <summary>A random book on disk from one seed: GitBook, mdBook, folder or single-file layout, random chapters, images and include targets.</summary>
internal static class RandomBook
{
    private static readonly string[] Names = ["intro", "第一章", "chapter two", "附录 #1", "100%", "guide/install", "guide/深入/细节", "summary", "README"];

    /// <summary>Writes the book into <paramref name="dir"/> and returns the path to build (a folder or a .md file).</summary>
    public static string Write(TempBook dir, int seed)
    {
        var random = new Random(seed);
        var layout = random.Next(4);
        var src = layout == 1 ? "src/" : "";
        var chapters = Names.OrderBy(_ => random.Next()).Take(random.Next(1, 7)).Select(n => n + ".md").Distinct().ToList();
        var files = WriteFiles(dir, src, random);
        var markdown = new RandomMarkdown(random, chapters, files);
        switch (layout)
        {
            case 0: // GitBook
                dir.With("book.json", $"{{\"title\": \"随机 {seed}\", \"language\": \"{(random.Next(2) == 0 ? "zh" : "en")}\"}}");
                dir.With("SUMMARY.md", Summary(chapters, random, "## 第二部分\n\n"));
                dir.With("README.md", markdown.Chapter());
                break;
            case 1: // mdBook
                dir.With("book.toml", $"[book]\ntitle = \"Random {seed}\"\nauthors = [\"A\"]\nsrc = \"src\"\n");
                dir.With("src/SUMMARY.md", "# Summary\n\n[Intro](intro.md)\n\n" + Summary(chapters.Where(c => c != "intro.md").ToList(), random, "# Part\n\n") + "- [Draft]()\n\n---\n\n[End](README.md)\n");
                dir.With("src/intro.md", markdown.Chapter());
                break;
            case 2: // folder without a summary
                break;
            default: // single file
                var text = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => markdown.Chapter()));
                dir.With("book.md", "# 书名\n\n" + text);
                return Path.Combine(dir.Root, "book.md");
        }
        foreach (var chapter in chapters) dir.With(src + chapter, markdown.Chapter());
        if (random.Next(3) == 0) dir.With("book.yml", "title: 覆盖的标题\nnumbering: " + (random.Next(2) == 0 ? "true" : "false") + "\n");
        return dir.Root;
    }

    private static string Summary(IReadOnlyList<string> chapters, Random random, string part)
    {
        var sb = new System.Text.StringBuilder("# Summary\n\n");
        for (var i = 0; i < chapters.Count; i++)
        {
            if (i == chapters.Count / 2 && random.Next(2) == 0) sb.Append('\n').Append(part);
            var indent = random.Next(3) switch { 0 => "", 1 => "  ", _ => "    " };
            var href = random.Next(4) == 0 ? "<" + chapters[i] + ">" : Uri.EscapeDataString(chapters[i]).Replace("%2F", "/");
            sb.Append(i == 0 ? "" : indent).Append(random.Next(2) == 0 ? "* " : "- ").Append('[').Append(Path.GetFileNameWithoutExtension(chapters[i])).Append("](").Append(href).Append(")\n");
            if (random.Next(8) == 0) sb.Append("* [Again](").Append(href).Append(")\n* [Missing](nowhere.md)\n");
        }
        return sb.Append('\n').ToString();
    }

    // An SVG holding an SVG whose references and CSS point outside the book and at the network.
    private static readonly string NestedSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><image width=\"10\" height=\"10\" href=\"data:image/svg+xml;base64,"
        + Convert.ToBase64String(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://192.0.2.1/x.png\" width=\"1\" height=\"1\"/><use href=\"file:///etc/passwd#x\"/><style>@\\69mport url(http://192.0.2.1/a.css);</style><rect width=\"5\" height=\"5\"/></svg>"))
        + "\"/></svg>";

    // Images of every kind the reader meets, and a code file with anchors for includes.
    private static List<string> WriteFiles(TempBook dir, string src, Random random)
    {
        var files = new Dictionary<string, byte[]>
        {
            ["images/logo.png"] = TestImages.GreyPng(random.Next(1, 40), random.Next(1, 40)),
            ["images/photo.jpg"] = TestImages.Encoded(SKEncodedImageFormat.Jpeg, random.Next(1, 60), random.Next(1, 60), SKColors.Coral),
            ["images/mislabelled.jpg"] = TestImages.GreyPng(3, 3),
            ["images/old.bmp"] = TestImages.Bmp(random.Next(1, 9), random.Next(1, 9), 1, 2, 3),
            ["images/new.webp"] = TestImages.Encoded(SKEncodedImageFormat.Webp, 5, 5, SKColors.Green),
            ["images/anim.gif"] = TestImages.Gif(),
            ["images/truncated.png"] = TestImages.GreyPng(50, 50)[..70],
            ["images/page.png"] = "<html>not an image</html>"u8.ToArray(),
            ["images/图 片 #1.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"><script>y()</script><rect width=\"4\" height=\"4\"/></svg>"u8.ToArray(),
            ["images/nested.svg"] = Encoding.UTF8.GetBytes(NestedSvg),
            ["images/doctype.svg"] = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [<!-- > --><!ENTITY e \"x\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><feImage/><rect width=\"4\" height=\"4\" paint-order=\"stroke\"/></svg>"u8.ToArray(),
            ["code/main.rs"] = "// ANCHOR: anchor\nfn main() {}\n// ANCHOR_END: anchor\n{{#include main.rs}}\n"u8.ToArray(),
        };
        foreach (var (path, data) in files) dir.With(src + path, data);
        return [.. files.Keys];
    }
}
