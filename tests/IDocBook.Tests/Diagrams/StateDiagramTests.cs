using IDocBook.Core.Diagrams;
using IDocBook.Core.Diagrams.Mermaid;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>stateDiagram-v2: states, start and end points, transitions, composites, regions, forks, choices and notes.</summary>
public sealed class StateDiagramTests
{
    private static GraphDiagram Parse(string source) => ((ParsedGraph)MermaidParser.Parse(source)).Graph;

    [Fact]
    public void StatesTransitionsAndStartAndEndPointsAreRead()
    {
        var graph = Parse("stateDiagram-v2\n  [*] --> Still\n  Still --> Moving : 推动 push\n  Moving --> [*]");
        graph.NodeOrder.Select(n => n.Shape).ShouldBe([NodeShape.Start, NodeShape.Rounded, NodeShape.Rounded, NodeShape.End]);
        graph.Edges.Select(e => e.Label?.PlainText).ShouldBe([null, "推动 push", null]);
        var drawn = Drawn.Of("stateDiagram-v2\n  [*] --> Still\n  Still --> Moving : 推动 push\n  Moving --> [*]");
        (drawn.Nodes.Count, drawn.Edges).ShouldBe((4, 3));
        drawn.Labels.ShouldBe(["推动 push", "Still", "Moving"]);
        drawn.OverlappingNodes().ShouldBeEmpty();
    }

    [Fact]
    public void DescriptionsNameStates()
    {
        var graph = Parse("stateDiagram\n  state \"等待 Waiting\" as W\n  R : 运行中\n  W --> R\n  S : one\n  S : two");
        graph.Nodes["W"].Label.PlainText.ShouldBe("等待 Waiting");
        graph.Nodes["R"].Label.PlainText.ShouldBe("运行中");
        graph.Nodes["S"].Label.PlainText.ShouldBe("S\none\ntwo");
    }

    [Fact]
    public void CompositeStatesAreSubgraphsWithTheirOwnStartPoints()
    {
        var graph = Parse("stateDiagram-v2\n  [*] --> Outer\n  state Outer {\n    [*] --> Inner\n    Inner --> [*]\n  }\n  Outer --> [*]");
        var outer = graph.Subgraphs.Single();
        (outer.Id, outer.Title.PlainText).ShouldBe(("Outer", "Outer"));
        outer.Members.Count.ShouldBe(3);
        graph.Nodes.ContainsKey("Outer").ShouldBeFalse();
        graph.NodeOrder.Count(n => n.Shape == NodeShape.Start).ShouldBe(2);
        Drawn.Of("stateDiagram-v2\n  [*] --> Outer\n  state Outer {\n    [*] --> Inner\n    Inner --> [*]\n  }\n  Outer --> [*]").Paths("cluster").Count().ShouldBe(1);
    }

    [Fact]
    public void ConcurrentRegionsSplitAComposite()
    {
        var graph = Parse("stateDiagram-v2\n  state Active {\n    [*] --> A\n    --\n    [*] --> B\n  }");
        var regions = graph.Subgraphs.Single().Children;
        regions.Count.ShouldBe(2);
        regions.ShouldAllBe(r => r.Region);
        regions[0].Members.ShouldContain("A");
        regions[1].Members.ShouldContain("B");
    }

    [Fact]
    public void ForksJoinsChoicesAndNotes()
    {
        var graph = Parse("""
            stateDiagram-v2
              state f <<fork>>
              state j <<join>>
              state c <<choice>>
              [*] --> f
              f --> A
              f --> B
              A --> j
              B --> j
              j --> c
              c --> Good : ok
              c --> Bad : not ok
              note right of Bad : 一行
              note left of Good
                两行
                text
              end note
            """);
        (graph.Nodes["f"].Shape, graph.Nodes["j"].Shape, graph.Nodes["c"].Shape).ShouldBe((NodeShape.Bar, NodeShape.Bar, NodeShape.Diamond));
        var notes = graph.NodeOrder.Where(n => n.Shape == NodeShape.Note).ToList();
        notes.Select(n => n.Label.PlainText).ShouldBe(["一行", "两行\ntext"]);
        graph.Edges.Where(e => e.Line == LineKind.Dotted).Select(e => e.To).ShouldBe(["Bad", "Good"]);
    }

    [Fact]
    public void DirectionClassesAndComments()
    {
        var graph = Parse("stateDiagram-v2\n  direction LR\n  %% comment\n  classDef bad fill:#f00\n  [*] --> A:::bad\n  A --> B\n  class B bad");
        graph.Direction.ShouldBe(FlowDirection.LeftRight);
        graph.Nodes["A"].Classes.ShouldBe(["bad"]);
        graph.Nodes["B"].Classes.ShouldBe(["bad"]);
        Drawn.Of("stateDiagram-v2\n  direction LR\n  classDef bad fill:#f00\n  [*] --> A:::bad").Paths("node").Select(p => (string?)p.Attribute("fill")).ShouldContain("#ff0000");
    }

    [Theory]
    [InlineData("stateDiagram-v2\n  A -> B", 2, 3, "is not a state diagram statement")]
    [InlineData("stateDiagram-v2\n  state X {\n  A --> B", 2, 3, "never closed")]
    [InlineData("stateDiagram-v2\n  }", 2, 3, "without a composite state")]
    [InlineData("stateDiagram-v2\n  note right of A\n  text", 2, 3, "never closed with 'end note'")]
    [InlineData("stateDiagram-v2\n  state s <<weird>>", 2, 3, "not a state kind")]
    public void SyntaxErrorsSayWhereAndWhat(string source, int line, int column, string message)
    {
        var e = Should.Throw<MermaidSyntaxException>(() => MermaidParser.Parse(source));
        (e.Line, e.Column).ShouldBe((line, column), e.Message);
        e.Message.ShouldContain(message);
    }
}
