using System.Diagnostics.CodeAnalysis;
using IDocBook.Pdf;

namespace IDocBook.Cli.Commands;

/// <summary>
/// What the outputs of one build can hand to the next (<c>idocbook watch</c>): for the EPUB, the
/// drawn cover and the fonts' subsets; for the PDF, its fonts and chapters' boxes
/// (<see cref="PdfCache"/>). Each is made from its key alone, so a reused value is the value a fresh
/// build would make; only the last cover and font are kept, as an edit rarely changes the title or
/// adds a character. The cover can also be started early, while the book is still being read.
/// </summary>
internal sealed class OutputCache(bool forRebuilds)
{
    /// <summary>Null for a single build, where working out what a next build could reuse would only cost time.</summary>
    public PdfCache? Pdf { get; } = forRebuilds ? new() : null;

    /// <summary>The typesetting report of the PDF just written, when it was asked for.</summary>
    public IDocBook.Pdf.Pages.TypesetReport? Report { get; set; }

    private readonly Last<byte[]?> _cover = new();
    private readonly Last<IReadOnlyList<IDocBook.Epub.EmbeddedFont>> _epubFonts = new();

    public byte[]? Cover(string key, Func<byte[]?> draw) => _cover.Get(key, draw);

    /// <summary>Starts drawing on another core the cover that <see cref="Cover"/> will be asked for with <paramref name="key"/>.</summary>
    public void StartCover(string key, Func<byte[]?> draw) => _cover.Start(key, draw);

    public IReadOnlyList<IDocBook.Epub.EmbeddedFont> EpubFonts(string key, Func<IReadOnlyList<IDocBook.Epub.EmbeddedFont>> subset) => _epubFonts.Get(key, subset);

    // The annotation: see ReuseCache's.
    private sealed class Last<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>
    {
        private readonly Lock _gate = new();
        // Lazy, so that asking while an early start is still making the value waits for it; a
        // failure is kept too, and thrown to whoever asks.
        private (string Key, Lazy<T> Value)? _last;

        public T Get(string key, Func<T> make) => Entry(key, make).Value;

        public void Start(string key, Func<T> make)
        {
            var entry = Entry(key, make);
            if (!entry.IsValueCreated) Task.Run(() => entry.Value);
        }

        private Lazy<T> Entry(string key, Func<T> make)
        {
            lock (_gate)
            {
                if (_last is { } last && last.Key == key) return last.Value;
                var value = new Lazy<T>(make);
                _last = (key, value);
                return value;
            }
        }
    }
}
