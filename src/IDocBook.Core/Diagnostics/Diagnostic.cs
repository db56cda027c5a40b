using IDocBook.Core.Model;

namespace IDocBook.Core.Diagnostics;

/// <summary>
/// One message about the book. Reported into a <see cref="DiagnosticSink"/>, never thrown.
/// <see cref="Message"/> says what is wrong and <see cref="Hint"/> what to do: each one sentence
/// ending with a full stop, so the printers can set them apart or side by side.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan? Source, string Hint)
{
    /// <summary>The MSBuild-like form editors understand, on one line: <c>path(line,col): error IDB0001: Message. Hint.</c></summary>
    public override string ToString() => $"{Place}{Level} {Code}: {Message} {Hint}";

    /// <summary><c>path(line,col): </c>, or nothing for a diagnostic that no file caused.</summary>
    public string Place => Source is { File.Length: > 0 } ? Source + ": " : "";

    /// <summary>error, warning or note.</summary>
    public string Level => Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
