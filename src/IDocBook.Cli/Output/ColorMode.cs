namespace IDocBook.Cli.Output;

/// <summary><c>--color auto|always|never</c>.</summary>
internal enum ColorMode { Auto, Always, Never }
