namespace IDocBook.Core.Model;

/// <summary>What a code block's marks say about the code, as mdBook books (the Rust book) mark it.</summary>
public enum CodeNoteKind { DoesNotCompile, Panics, NotDesiredBehavior }

/// <summary>
/// Reads the classes mdBook books put on code that is shown on purpose although it is wrong: both
/// writers print a note above such code, since a reader who copies it should know.
/// </summary>
public static class CodeNotes
{
    public static CodeNoteKind? Of(CodeBlock code) =>
        code.Attributes.HasClass("does_not_compile") ? CodeNoteKind.DoesNotCompile
        : code.Attributes.HasClass("panics") ? CodeNoteKind.Panics
        : code.Attributes.HasClass("not_desired_behavior") ? CodeNoteKind.NotDesiredBehavior
        : null;
}
