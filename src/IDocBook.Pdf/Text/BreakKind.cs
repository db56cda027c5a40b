namespace IDocBook.Pdf.Text;

/// <summary>
/// What may happen before a character. Ordered: the line breaker takes the last fitting
/// <see cref="Soft"/> break, and a <see cref="Grapheme"/> one only when no soft break fits
/// (a URL or code token longer than the line).
/// </summary>
internal static class BreakKind
{
    public const byte None = 0;
    public const byte Grapheme = 1;
    public const byte Soft = 2;
    public const byte Hard = 3;
}
