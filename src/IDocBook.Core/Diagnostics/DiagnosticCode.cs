namespace IDocBook.Core.Diagnostics;

/// <summary>A kind of diagnostic with its default severity. The catalogue is <see cref="Codes"/>.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity);
