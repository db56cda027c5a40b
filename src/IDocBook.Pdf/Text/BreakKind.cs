namespace IDocBook.Pdf.Text;

/// <summary>
/// What may happen before a character, from the least to the most welcome: the line breaker tries
/// <see cref="Soft"/> and <see cref="Code"/> breaks first, adds <see cref="Hyphen"/> and <see cref="Hump"/>
/// ones when lines would be loose, and takes a <see cref="Grapheme"/> one only as a last resort (a URL, a
/// code token or a word wider than the line).
/// </summary>
internal static class BreakKind
{
    public const byte None = 0;
    /// <summary>Between two graphemes: a last resort; inside a Latin word it is drawn with a hyphen.</summary>
    public const byte Grapheme = 1;
    /// <summary>A hyphenation point of a Latin word (Liang's patterns): the line ends with a hyphen.</summary>
    public const byte Hyphen = 2;
    /// <summary>Inside inline code, between the humps of a camel-case identifier (<c>termination|Grace</c>): a larger penalty, no hyphen.</summary>
    public const byte Hump = 3;
    /// <summary>Inside inline code, after / , ; = &amp; ? - _ or before ( [ { . (a small penalty).</summary>
    public const byte Code = 4;
    public const byte Soft = 5;
    public const byte Hard = 6;
}
