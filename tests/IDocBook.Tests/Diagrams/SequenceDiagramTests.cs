using IDocBook.Core.Diagrams;
using IDocBook.Core.Diagrams.Mermaid;
using Shouldly;

namespace IDocBook.Tests.Diagrams;

/// <summary>sequenceDiagram: participants, actors, messages of every arrow, activations, notes, blocks and autonumber.</summary>
public sealed class SequenceDiagramTests
{
    private static SequenceDiagram Parse(string source) => ((ParsedSequence)MermaidParser.Parse(source)).Sequence;

    [Fact]
    public void ParticipantsAndActorsKeepTheirOrderAndAliases()
    {
        var diagram = Parse("sequenceDiagram\n  actor U as 用户\n  participant S as 服务 Service\n  U->>S: hi\n  S->>DB: query");
        diagram.Participants.Select(p => (p.Id, p.Label.PlainText, p.Actor)).ShouldBe([("U", "用户", true), ("S", "服务 Service", false), ("DB", "DB", false)]);
    }

    [Theory]
    [InlineData("->", "Solid", "None")]
    [InlineData("-->", "Dotted", "None")]
    [InlineData("->>", "Solid", "Arrow")]
    [InlineData("-->>", "Dotted", "Arrow")]
    [InlineData("-x", "Solid", "Cross")]
    [InlineData("--x", "Dotted", "Cross")]
    [InlineData("-)", "Solid", "Async")]
    [InlineData("--)", "Dotted", "Async")]
    [InlineData("<<->>", "Solid", "Arrow")]
    [InlineData("<<-->>", "Dotted", "Arrow")]
    public void EveryArrowIsRead(string arrow, string lineName, string headName)
    {
        var message = Parse($"sequenceDiagram\n  A{arrow}B: 文字 text").Events.OfType<Message>().Single();
        (message.From, message.To, message.Text.PlainText, message.Line, message.Head, message.BothEnds).ShouldBe(("A", "B", "文字 text", Enum.Parse<LineKind>(lineName), Enum.Parse<MessageHead>(headName), arrow.StartsWith("<<")));
    }

    [Fact]
    public void ActivationsNotesBlocksAndNumbers()
    {
        var diagram = Parse("""
            sequenceDiagram
              autonumber 10 5
              A->>+B: one
              B-->>-A: two
              activate A
              deactivate A
              Note left of A: 左
              Note over A,B: 跨<br/>两行
              loop 每秒
                A->>B: ping
              end
              alt 成功
                B->>A: ok
              else 失败
                B->>A: error
              end
              opt maybe
                A->>A: self
              end
              par p1
                A->>B: x
              and p2
                A->>B: y
              end
              critical c
                A->>B: z
              option o
                A->>B: w
              end
              break stop
                A->>B: v
              end
              rect rgb(200, 220, 255)
                A->>B: in rect
              end
            """);
        var messages = diagram.Events.OfType<Message>().ToList();
        messages.Select(m => m.Number).Take(3).ShouldBe([10, 15, 20]);
        (messages[0].ActivateTarget, messages[1].DeactivateSource).ShouldBe((true, true));
        diagram.Events.OfType<Activation>().Select(a => a.On).ShouldBe([true, false]);
        diagram.Events.OfType<SequenceNote>().Select(n => (n.Place, n.Participants.Count, n.Text.PlainText)).ShouldBe([(NotePlace.LeftOf, 1, "左"), (NotePlace.Over, 2, "跨\n两行")]);
        diagram.Events.OfType<BlockStart>().Select(b => b.Kind).ShouldBe(["loop", "alt", "opt", "par", "critical", "break", "rect"]);
        diagram.Events.OfType<BlockBranch>().Select(b => b.Label.PlainText).ShouldBe(["失败", "p2", "o"]);
        diagram.Events.OfType<BlockStart>().Last().Fill.ShouldBe(0xFFC8DCFFu);
        diagram.Events.OfType<BlockEnd>().Count().ShouldBe(7);
    }

    [Fact]
    public void ItIsDrawnWithEveryLabelBoxesAtBothEndsAndAFrame()
    {
        var drawn = Drawn.Of("sequenceDiagram\n  autonumber\n  participant A as 甲\n  participant B as 乙\n  A->>B: 你好 hello\n  loop 重复\n    B-->>A: 回复\n  end\n  Note right of B: 注释");
        drawn.Labels.ShouldContain("你好 hello");
        drawn.Labels.ShouldContain("回复");
        drawn.Labels.ShouldContain("注释");
        drawn.Labels.ShouldContain("loop");
        drawn.Labels.ShouldContain("[重复]");
        drawn.Labels.ShouldContain("1");
        drawn.Labels.Count(l => l == "甲").ShouldBe(2);
        drawn.Paths("message").Count().ShouldBe(2);
        drawn.Paths("frame").Count().ShouldBeGreaterThan(0);
        drawn.Paths("actor").Count().ShouldBe(4);
        var boxes = drawn.Paths("actor").Select(p => Drawn.Box.Of((string)p.Attribute("d")!)).ToList();
        // The two columns stand apart, far enough for the message text between them.
        (boxes[1].Left - boxes[0].Right).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void MessageTextFitsBetweenItsLifelines()
    {
        var drawn = Drawn.Of("sequenceDiagram\n  A->>B: 一条很长很长很长的消息文字 a very long message text");
        var text = drawn.Texts.Single(t => t.Text.StartsWith("一条"));
        var lifelines = drawn.Paths("lifeline").Select(p => Drawn.Box.Of((string)p.Attribute("d")!)).OrderBy(b => b.Left).ToList();
        text.Box.Left.ShouldBeGreaterThan(lifelines[0].Left);
        text.Box.Right.ShouldBeLessThan(lifelines[1].Right);
    }

    [Theory]
    [InlineData("sequenceDiagram\n  A->>B hello", 2, 3, "is not a sequence diagram statement")]
    [InlineData("sequenceDiagram\n  loop x\n  A->>B: y", 2, 3, "never closed")]
    [InlineData("sequenceDiagram\n  else x", 2, 3, "belongs inside a 'alt' block")]
    [InlineData("sequenceDiagram\n  A->>B: y\n  end", 3, 3, "'end' without a block")]
    [InlineData("sequenceDiagram\n  Note over A,B,C: x", 2, 3, "a note is")]
    public void SyntaxErrorsSayWhereAndWhat(string source, int line, int column, string message)
    {
        var e = Should.Throw<MermaidSyntaxException>(() => MermaidParser.Parse(source));
        (e.Line, e.Column).ShouldBe((line, column), e.Message);
        e.Message.ShouldContain(message);
    }
}
