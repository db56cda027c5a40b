using System.Globalization;
using System.Text;

namespace IDocBook.Bench;

/// <summary>
/// Mermaid blocks shaped like the Docker book's 51: flowcharts with subgraphs, CJK labels, &lt;br/&gt;
/// and edge labels, with a state diagram and a sequence diagram in every ten. Appended to the
/// chapters of a generated book, a few to each, so the same book can be built with and without them.
/// </summary>
internal static class SyntheticDiagrams
{
    public static void AppendTo(string root, int count)
    {
        var chapters = SyntheticBook.ChapterFiles(root).Select(f => Path.Combine(root, f)).ToList();
        var blocks = new StringBuilder[chapters.Count];
        for (var i = 0; i < count; i++)
            (blocks[i % chapters.Count] ??= new StringBuilder()).Append(CultureInfo.InvariantCulture, $"\n图 {i + 1}：\n\n```mermaid\n{Diagram(i)}```\n");
        for (var c = 0; c < chapters.Count; c++)
            if (blocks[c] is { } text) File.AppendAllText(chapters[c], text.ToString());
    }

    private static string Diagram(int i) => (i % 10) switch
    {
        8 => $"stateDiagram-v2\n    [*] --> 已创建{i}\n    已创建{i} --> 运行中{i} : start\n    运行中{i} --> 已停止{i} : stop\n    已停止{i} --> [*]\n",
        9 => $"sequenceDiagram\n    participant C{i} as 客户端\n    participant S{i} as dockerd\n    C{i}->>+S{i}: POST /containers/create\n    S{i}-->>-C{i}: 201 Created\n",
        _ => $$$"""
            flowchart {{{(i % 2 == 0 ? "LR" : "TD")}}}
                subgraph host{{{i}}} [宿主机 Docker Host]
                    d{{{i}}}[守护进程<br/>dockerd] -->|创建| c{{{i}}}[(容器 {{{i}}})]
                    c{{{i}}} --> n{{{i}}}{{网络 bridge}}
                end
                u{{{i}}}([用户]) -- docker run --> d{{{i}}}
                d{{{i}}} -.->|拉取 pull| r{{{i}}}{镜像仓库 Registry}
                c{{{i}}} ==> v{{{i}}}[/数据卷 volume/]

            """,
    };
}
