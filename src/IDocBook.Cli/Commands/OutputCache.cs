using IDocBook.Pdf;

namespace IDocBook.Cli.Commands;

/// <summary>
/// What the outputs of one build can hand to the next (<c>idocbook watch</c>): for the EPUB, the
/// drawn cover and the body font's subset; for the PDF, its fonts and chapters' boxes
/// (<see cref="PdfCache"/>). Each is made from its key alone, so a reused value is the value a fresh
/// build would make; only the last cover and font are kept, as an edit rarely changes the title or
/// adds a character.
/// </summary>
internal sealed class OutputCache
{
    public PdfCache Pdf { get; } = new();

    private readonly Last<byte[]?> _cover = new();
    private readonly Last<byte[]> _bodyFont = new();

    public byte[]? Cover(string key, Func<byte[]?> draw) => _cover.Get(key, draw);

    public byte[] BodyFont(string key, Func<byte[]> subset) => _bodyFont.Get(key, subset);

    private sealed class Last<T>
    {
        private (string Key, T Value)? _last;

        public T Get(string key, Func<T> make)
        {
            if (_last is { } last && last.Key == key) return last.Value;
            var value = make();
            _last = (key, value);
            return value;
        }
    }
}
