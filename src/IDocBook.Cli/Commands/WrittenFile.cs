namespace IDocBook.Cli.Commands;

/// <summary>An output that was written: its path as the user gave the folder, and its size.</summary>
internal sealed record WrittenFile(string Path, long Bytes);
