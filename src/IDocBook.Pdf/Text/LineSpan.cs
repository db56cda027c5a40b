namespace IDocBook.Pdf.Text;

/// <summary>
/// One line's share of the text: characters [Start, End) are set; [End, Next) are the break characters
/// dropped at the line end (spaces at a soft break in body text, the line feed of a hard break).
/// <see cref="Hyphen"/>: the line ends inside a word and is drawn with a hyphen.
/// </summary>
internal readonly record struct LineSpan(int Start, int End, int Next, bool Forced, bool Wrapped, bool IsLast)
{
    public bool Hyphen { get; init; }
}
