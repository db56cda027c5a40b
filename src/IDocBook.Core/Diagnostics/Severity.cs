namespace IDocBook.Core.Diagnostics;

public enum Severity { Note, Warning, Error }
