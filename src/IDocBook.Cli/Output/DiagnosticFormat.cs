namespace IDocBook.Cli.Output;

/// <summary><c>--diagnostics-format text|json|sarif</c>.</summary>
internal enum DiagnosticFormat
{
    /// <summary><c>file(line,col): severity CODE: message</c> and an indented hint, for people and editors, on stderr.</summary>
    Text,
    /// <summary>One JSON object per line on stdout (<c>docs/schemas/diagnostic.schema.json</c>).</summary>
    Json,
    /// <summary>One SARIF 2.1.0 log on stdout, for GitHub code scanning and other SARIF readers.</summary>
    Sarif,
}
