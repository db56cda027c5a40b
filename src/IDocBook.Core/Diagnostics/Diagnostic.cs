using IDocBook.Core.Model;

namespace IDocBook.Core.Diagnostics;

/// <summary>One message about the book. Reported into a <see cref="DiagnosticSink"/>, never thrown.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan? Source, string? Hint = null)
{
    /// <summary>The MSBuild-like form editors understand: <c>path(line,col): error IDB0001: message</c>.</summary>
    public override string ToString()
    {
        var where = Source is { File.Length: > 0 } ? Source + ": " : "";
        var level = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
        var hint = Hint is null ? "" : " " + Hint;
        return $"{where}{level} {Code}: {Message}{hint}";
    }
}
