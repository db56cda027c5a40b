namespace IDocBook.Core.Diagrams;

/// <summary>A sequence diagram as parsed: participants in order, then what happens, row by row.</summary>
internal sealed class SequenceDiagram
{
    public List<Participant> Participants { get; } = [];
    public Dictionary<string, Participant> ById { get; } = new(StringComparer.Ordinal);
    public List<SequenceEvent> Events { get; } = [];
    public List<ParticipantBox> Boxes { get; } = [];
    public string? Title { get; set; }
    public string? AccTitle { get; set; }
    public string? AccDescription { get; set; }
}

internal sealed class Participant(string id, LabelText label, bool actor)
{
    public string Id { get; } = id;
    public LabelText Label { get; set; } = label;
    public bool Actor { get; set; } = actor;
    /// <summary>Made by a <c>create</c> statement: its box is drawn where it is created, not at the top.</summary>
    public bool Created { get; set; }
}

/// <summary>A <c>box</c> around neighbouring participants, with an optional title and fill.</summary>
internal sealed record ParticipantBox(LabelText Title, uint? Fill, List<string> Members);

internal enum MessageHead { None, Arrow, Cross, Async }

internal abstract record SequenceEvent;

/// <param name="Number">The autonumber shown before the text, or null.</param>
internal sealed record Message(string From, string To, LabelText Text, LineKind Line, MessageHead Head, bool BothEnds, int? Number) : SequenceEvent
{
    public bool ActivateTarget { get; init; }
    public bool DeactivateSource { get; init; }
}

internal enum NotePlace { LeftOf, RightOf, Over }

internal sealed record SequenceNote(NotePlace Place, IReadOnlyList<string> Participants, LabelText Text) : SequenceEvent;

internal sealed record Activation(string Participant, bool On) : SequenceEvent;

/// <summary>A participant created or destroyed at this row.</summary>
internal sealed record Lifetime(string Participant, bool Created) : SequenceEvent;

/// <summary><c>loop</c>, <c>alt</c>, <c>opt</c>, <c>par</c>, <c>critical</c>, <c>break</c> or <c>rect</c> opening.</summary>
internal sealed record BlockStart(string Kind, LabelText Label, uint? Fill) : SequenceEvent;

/// <summary><c>else</c>, <c>and</c> or <c>option</c>: the next section of the open block.</summary>
internal sealed record BlockBranch(LabelText Label) : SequenceEvent;

internal sealed record BlockEnd : SequenceEvent;
