using System.Globalization;
using System.Text;

namespace IDocBook.Tests.Diagrams;

/// <summary>
/// A book shaped like the Docker book the issue measured: 50 mermaid blocks across ten chapters,
/// mostly flowcharts with subgraphs, CJK labels, &lt;br/&gt; and edge labels, some state and sequence
/// diagrams. Deterministic: block i is the same on every run.
/// </summary>
internal static class FiftyDiagrams
{
    public const int Count = 50;

    public static void WriteTo(string folder)
    {
        var summary = new StringBuilder("# Summary\n\n");
        for (var chapter = 0; chapter < 10; chapter++)
        {
            summary.Append(CultureInfo.InvariantCulture, $"- [第 {chapter + 1} 章 图](ch{chapter}.md)\n");
            var text = new StringBuilder($"# 第 {chapter + 1} 章 图\n\n");
            for (var k = 0; k < 5; k++)
            {
                var i = chapter * 5 + k;
                text.Append(CultureInfo.InvariantCulture, $"图 {i + 1} 说明了组件之间的关系。\n\n```mermaid\n{Diagram(i)}```\n\n");
            }
            File.WriteAllText(Path.Combine(folder, $"ch{chapter}.md"), text.ToString());
        }
        File.WriteAllText(Path.Combine(folder, "SUMMARY.md"), summary.ToString());
        File.WriteAllText(Path.Combine(folder, "book.yml"), "title: 五十张图\nauthor: IDocBook\nlanguage: zh-CN\ndate: 2026-12-01\nname: fifty\n");
    }

    public static string Diagram(int i) => (i % 10) switch
    {
        8 => State(i),
        9 => Sequence(i),
        _ => Flowchart(i),
    };

    private static string Flowchart(int i)
    {
        var direction = (i % 4) switch { 0 => "LR", 1 => "TD", 2 => "TB", _ => "LR" };
        return $$$"""
            flowchart {{{direction}}}
                subgraph host{{{i}}} [宿主机 {{{i}}}]
                    direction TB
                    d{{{i}}}[守护进程 {{{i}}}<br/>dockerd]
                    c{{{i}}}[(容器 {{{i}}})]
                end
                u{{{i}}}([用户 User {{{i}}}]) -- 命令 {{{i}}} --> d{{{i}}}
                d{{{i}}} -->|创建| c{{{i}}}
                d{{{i}}} -.->|拉取 pull| r{{{i}}}{{"镜像仓库 {{{i}}}"}}
                c{{{i}}} ==> v{{{i}}}[/数据卷 volume {{{i}}}/]
                r{{{i}}} --> img{{{i}}}{{镜像 {{{i}}}}}

            """;
    }

    private static string State(int i) => $"""
        stateDiagram-v2
            [*] --> 已创建{i}
            已创建{i} --> 运行中{i} : start {i}
            运行中{i} --> 已停止{i} : stop
            已停止{i} --> [*]

        """;

    private static string Sequence(int i) => $"""
        sequenceDiagram
            participant C{i} as 客户端 {i}
            participant S{i} as 服务器 {i}
            C{i}->>S{i}: 请求 request {i}
            S{i}-->>C{i}: 响应 response {i}

        """;
}
