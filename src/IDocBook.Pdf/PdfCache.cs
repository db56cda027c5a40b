using System.Collections.Concurrent;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Layout;

namespace IDocBook.Pdf;

/// <summary>
/// What a PDF build can hand to the next build of the same book (<c>idocbook watch</c>): the fonts,
/// while the book's characters and font choice stay the same, and each chapter's boxes, while the
/// chapter's content (<see cref="StructuralHash"/>) and everything else its layout reads stay the
/// same. A reused value is the value a fresh build would make. Builds take turns.
/// </summary>
public sealed class PdfCache : IDisposable
{
    private (string Key, FontSet Fonts)? _fonts;
    private UInt128 _context;
    private Dictionary<UInt128, Box[]> _earlier = [];
    private readonly ConcurrentDictionary<UInt128, Box[]> _used = new();

    /// <summary>Chapters the last build laid out, and chapters whose boxes it reused.</summary>
    public (int LaidOut, int Reused) LastBuild { get; private set; }

    private int _laidOut;
    private int _reused;

    /// <summary>The fonts for <paramref name="key"/>: those of the last build when the key is the same, else new ones.</summary>
    internal FontSet Fonts(string key, Func<FontSet> create)
    {
        if (_fonts is { } kept && kept.Key == key) return kept.Fonts;
        var fonts = create();
        _fonts?.Fonts.Dispose();
        _fonts = (key, fonts);
        // Boxes hold glyphs of the old fonts' subsets.
        _earlier = [];
        return fonts;
    }

    /// <summary>Starts laying out a book; <paramref name="context"/> digests what every chapter's layout reads besides the chapter.</summary>
    internal void Begin(UInt128 context)
    {
        if (context != _context) _earlier = [];
        _context = context;
        _used.Clear();
        _laidOut = _reused = 0;
    }

    /// <summary>The boxes of the chapter with digest <paramref name="chapter"/>: reused, or laid out now.</summary>
    internal List<Box> Boxes(UInt128 chapter, Func<List<Box>> layOut)
    {
        if (_earlier.TryGetValue(chapter, out var kept) || _used.TryGetValue(chapter, out kept))
        {
            Interlocked.Increment(ref _reused);
            _used.TryAdd(chapter, kept);
            return [.. kept];
        }
        var boxes = layOut();
        Interlocked.Increment(ref _laidOut);
        _used.TryAdd(chapter, [.. boxes]);
        return boxes;
    }

    /// <summary>
    /// Ends the layout: keeps what this build used. A character no font has changes nothing here:
    /// it is reported from the model (see <c>MissingCharacters</c>), not from the layout.
    /// </summary>
    internal void End()
    {
        _earlier = _used.ToDictionary(e => e.Key, e => e.Value);
        LastBuild = (_laidOut, _reused);
    }

    public void Dispose()
    {
        _fonts?.Fonts.Dispose();
        _fonts = null;
        _earlier = [];
    }
}
