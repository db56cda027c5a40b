using IDocBook.Core.Diagrams;
using IDocBook.Core.Diagrams.Mermaid;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>Mermaid flowchart syntax, point by point: what the parser makes of it, and what gets drawn.</summary>
public sealed class FlowchartTests
{
    private static GraphDiagram Parse(string source) => ((ParsedGraph)MermaidParser.Parse(source)).Graph;

    [Theory]
    [InlineData("flowchart TB", "TopDown")]
    [InlineData("flowchart TD", "TopDown")]
    [InlineData("graph BT", "BottomUp")]
    [InlineData("graph LR", "LeftRight")]
    [InlineData("flowchart RL", "RightLeft")]
    [InlineData("flowchart", "TopDown")]
    public void EveryDirectionIsRead(string header, string directionName) =>
        Parse(header + "\n  A --> B").Direction.ShouldBe(Enum.Parse<FlowDirection>(directionName));

    [Fact]
    public void LeftToRightRunsAcrossAndTopDownRunsDown()
    {
        var across = Drawn.Of("flowchart LR\n  A --> B --> C").Nodes;
        across[0].Right.ShouldBeLessThan(across[1].Left);
        across[1].Right.ShouldBeLessThan(across[2].Left);
        var down = Drawn.Of("flowchart TD\n  A --> B --> C").Nodes;
        down[0].Bottom.ShouldBeLessThan(down[1].Top);
        var up = Drawn.Of("flowchart BT\n  A --> B").Nodes;
        up[0].Top.ShouldBeGreaterThan(up[1].Bottom);
        var back = Drawn.Of("flowchart RL\n  A --> B").Nodes;
        back[0].Left.ShouldBeGreaterThan(back[1].Right);
    }

    [Theory]
    [InlineData("A[text]", "Rectangle")]
    [InlineData("A(text)", "Rounded")]
    [InlineData("A([text])", "Stadium")]
    [InlineData("A[[text]]", "Subroutine")]
    [InlineData("A[(text)]", "Cylinder")]
    [InlineData("A((text))", "Circle")]
    [InlineData("A(((text)))", "DoubleCircle")]
    [InlineData("A>text]", "Asymmetric")]
    [InlineData("A{text}", "Diamond")]
    [InlineData("A{{text}}", "Hexagon")]
    [InlineData("A[/text/]", "Parallelogram")]
    [InlineData("A[\\text\\]", "ParallelogramAlt")]
    [InlineData("A[/text\\]", "Trapezoid")]
    [InlineData("A[\\text/]", "TrapezoidAlt")]
    [InlineData("A@{ shape: diam, label: \"text\" }", "Diamond")]
    public void EveryNodeShapeIsReadWithItsLabel(string node, string shapeName)
    {
        var a = Parse("flowchart TD\n  " + node).Nodes["A"];
        a.Shape.ShouldBe(Enum.Parse<NodeShape>(shapeName));
        a.Label.PlainText.ShouldBe("text");
    }

    [Theory]
    [InlineData("A[\"a (quoted) [label] {x}\"]", "a (quoted) [label] {x}")]
    [InlineData("A[第一行<br>第二行<br/>第三行<br />四]", "第一行\n第二行\n第三行\n四")]
    [InlineData("A[#quot;entity#quot; #35; #9829;]", "\"entity\" # ♥")]
    [InlineData("A[<b>bold</b> text]", "bold text")]
    [InlineData("A", "A")]
    public void LabelsAreDecoded(string node, string text) => Parse("flowchart TD\n  " + node).Nodes["A"].Label.PlainText.ShouldBe(text);

    [Fact]
    public void MarkdownStringsAreBoldItalicAndSpanLines()
    {
        var label = Parse("flowchart TD\n  A[\"`**粗体** and *italic*\n    second line`\"]").Nodes["A"].Label;
        label.Lines.Count.ShouldBe(2);
        label.Lines[0].ShouldBe([new LabelRun("粗体", Bold: true), new LabelRun(" and "), new LabelRun("italic", Italic: true)]);
        label.Lines[1].ShouldBe([new LabelRun("second line")]);
    }

    [Theory]
    [InlineData("A --> B", "Solid", "None", "Arrow", 1)]
    [InlineData("A --- B", "Solid", "None", "None", 1)]
    [InlineData("A -.-> B", "Dotted", "None", "Arrow", 1)]
    [InlineData("A -.- B", "Dotted", "None", "None", 1)]
    [InlineData("A ==> B", "Thick", "None", "Arrow", 1)]
    [InlineData("A === B", "Thick", "None", "None", 1)]
    [InlineData("A --o B", "Solid", "None", "Circle", 1)]
    [InlineData("A --x B", "Solid", "None", "Cross", 1)]
    [InlineData("A <--> B", "Solid", "Arrow", "Arrow", 1)]
    [InlineData("A o--o B", "Solid", "Circle", "Circle", 1)]
    [InlineData("A x--x B", "Solid", "Cross", "Cross", 1)]
    [InlineData("A ~~~ B", "Invisible", "None", "None", 1)]
    [InlineData("A ---> B", "Solid", "None", "Arrow", 2)]
    [InlineData("A ----> B", "Solid", "None", "Arrow", 3)]
    [InlineData("A -..-> B", "Dotted", "None", "Arrow", 2)]
    [InlineData("A ====> B", "Thick", "None", "Arrow", 3)]
    [InlineData("A-->B", "Solid", "None", "Arrow", 1)]
    public void EveryEdgeKindAndLengthIsRead(string statement, string lineName, string startName, string endName, int length)
    {
        var edge = Parse("flowchart TD\n  " + statement).Edges.Single();
        (edge.From, edge.To, edge.Line, edge.Start, edge.End, edge.Length).ShouldBe(("A", "B", Enum.Parse<LineKind>(lineName), Enum.Parse<EndKind>(startName), Enum.Parse<EndKind>(endName), length));
    }

    [Theory]
    [InlineData("A -->|是| B", "是", "Solid")]
    [InlineData("A --> |带空格 spaced| B", "带空格 spaced", "Solid")]
    [InlineData("A -- 文字 text --> B", "文字 text", "Solid")]
    [InlineData("A -- ok --> B", "ok", "Solid")]
    [InlineData("A -. 虚线 .-> B", "虚线", "Dotted")]
    [InlineData("A == 粗线 ==> B", "粗线", "Thick")]
    [InlineData("A -->|\"quoted | pipe\"| B", "quoted | pipe", "Solid")]
    [InlineData("A ---|open| B", "open", "Solid")]
    public void EdgeLabelsAreRead(string statement, string label, string lineName)
    {
        var edge = Parse("flowchart TD\n  " + statement).Edges.Single();
        (edge.From, edge.To, edge.Label!.PlainText, edge.Line).ShouldBe(("A", "B", label, Enum.Parse<LineKind>(lineName)));
    }

    [Fact]
    public void ChainsAndGroupsMakeEveryEdge()
    {
        var graph = Parse("flowchart LR\n  A --> B --> C\n  D & E --> F & G");
        graph.Edges.Select(e => e.From + e.To).ShouldBe(["AB", "BC", "DF", "DG", "EF", "EG"]);
        graph.Nodes.Count.ShouldBe(7);
    }

    [Fact]
    public void SemicolonsSeparateStatementsAndCommentsAreSkipped()
    {
        var graph = Parse("graph TD; A-->B; B-->C\n%% a comment --> D\n  %%{init: {'theme': 'dark'}}%%\nC-->A;");
        graph.Edges.Count.ShouldBe(3);
        graph.Nodes.Keys.ShouldBe(["A", "B", "C"], ignoreOrder: true);
    }

    [Fact]
    public void SubgraphsNestWithTitlesDirectionsAndMembers()
    {
        var graph = Parse("""
            flowchart TB
              subgraph outer [外层 Outer]
                direction LR
                a --> b
                subgraph inner["内层 Inner"]
                  c
                end
              end
              subgraph plain title with spaces
                d
              end
              a --> d
            """);
        var outer = graph.Subgraphs[0];
        (outer.Id, outer.Title.PlainText, outer.Direction).ShouldBe(("outer", "外层 Outer", FlowDirection.LeftRight));
        outer.Members.ShouldBe(["a", "b"]);
        var inner = outer.Children.Single();
        (inner.Id, inner.Title.PlainText, inner.Members.Single()).ShouldBe(("inner", "内层 Inner", "c"));
        graph.Subgraphs[1].Title.PlainText.ShouldBe("plain title with spaces");
        graph.Subgraphs[1].Members.ShouldBe(["d"]);
    }

    [Fact]
    public void ASubgraphWithoutOutsideEdgesTakesItsOwnDirection()
    {
        // The graph runs top to bottom; the subgraph's three nodes run left to right.
        var drawn = Drawn.Of("flowchart TB\n  subgraph s [row]\n    direction LR\n    a --> b --> c\n  end\n  x --> y");
        var nodes = drawn.Nodes;
        (nodes[0].Right < nodes[1].Left && nodes[1].Right < nodes[2].Left).ShouldBeTrue(string.Join(", ", nodes));
        nodes[3].Bottom.ShouldBeLessThan(nodes[4].Top);
    }

    [Fact]
    public void EdgesMayGoToASubgraph()
    {
        var graph = Parse("flowchart LR\n  subgraph s1\n    a\n  end\n  x --> s1\n  s1 --> y");
        graph.Nodes.Keys.ShouldBe(["a", "x", "y"], ignoreOrder: true);
        var drawn = Drawn.Of("flowchart LR\n  subgraph s1\n    a\n  end\n  x --> s1\n  s1 --> y");
        drawn.Edges.ShouldBe(2);
        drawn.Paths("cluster").Count().ShouldBe(1);
    }

    [Fact]
    public void ClassesAndStylesColourNodesAndEdges()
    {
        var drawn = Drawn.Of("""
            flowchart LR
              classDef warm fill:#fde2c8,stroke:#c46a1b,color:#5a2d0c;
              classDef default fill:#ffffff
              a[一] --> b[二]:::warm --> c[三]
              class c warm
              style a fill:#f9f,stroke:#333,stroke-width:4px,stroke-dasharray: 5 5
              linkStyle 1 stroke:#ff0000
            """);
        var nodes = drawn.Paths("node").ToList();
        ((string?)nodes[0].Attribute("fill"), (string?)nodes[0].Attribute("stroke"), (string?)nodes[0].Attribute("stroke-width"), (string?)nodes[0].Attribute("stroke-dasharray"))
            .ShouldBe(("#ff99ff", "#333333", "3", "3.75 3.75"));
        ((string?)nodes[1].Attribute("fill"), (string?)nodes[1].Attribute("stroke")).ShouldBe(("#fde2c8", "#c46a1b"));
        ((string?)nodes[2].Attribute("fill")).ShouldBe("#fde2c8");
        drawn.Document.Descendants().Where(e => e.Name.LocalName == "text" && e.Value == "二").Single().Attribute("fill")!.Value.ShouldBe("#5a2d0c");
        drawn.Paths("edge").Select(e => (string?)e.Attribute("stroke")).ShouldBe(["#4a4a4a", "#ff0000"]);
    }

    [Theory]
    [InlineData("flowchart TD\n  A[开始 --> B", 2, 4, "not closed with ']'")]
    [InlineData("flowchart XY\n  A --> B", 1, 11, "'XY' is not a direction")]
    [InlineData("flowchart TD\n  A -->", 2, 5, "needs a node after it")]
    [InlineData("flowchart TD\n  subgraph s\n  A", 2, 3, "never closed")]
    [InlineData("flowchart TD\n  A --> B\n  end", 3, 3, "'end' without a subgraph")]
    [InlineData("flowchart TD\n  A -- text B", 2, 5, "not followed by the rest of the edge")]
    [InlineData("flowchart TD\n  A[\"unclosed]", 2, 5, "never closed")]
    [InlineData("flowchart TD\n  A --> B C", 2, 11, "unexpected 'C'")]
    [InlineData("flowhcart TD\n  A --> B", 1, 1, "'flowhcart' is not a Mermaid diagram type")]
    public void SyntaxErrorsSayWhereAndWhat(string source, int line, int column, string message)
    {
        var e = Should.Throw<MermaidSyntaxException>(() => MermaidParser.Parse(source));
        (e.Line, e.Column).ShouldBe((line, column), e.Message);
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void FrontMatterAndAccessibilityGiveTitleAndDescription()
    {
        var parsed = (ParsedGraph)MermaidParser.Parse("---\ntitle: 架构 Architecture\nconfig:\n  theme: forest\n---\nflowchart LR\n  accTitle: 短标题\n  accDescr { 两行\n  描述 }\n  A --> B");
        parsed.Title.ShouldBe("架构 Architecture");
        parsed.Graph.AccTitle.ShouldBe("短标题");
        parsed.Graph.AccDescription.ShouldBe("两行\n描述");
    }

    [Fact]
    public void ClickCallbacksAreIgnored() =>
        Parse("flowchart TD\n  A --> B\n  click A callback \"Tooltip\"\n  click B href \"https://example.com\"").Nodes.Count.ShouldBe(2);
}
