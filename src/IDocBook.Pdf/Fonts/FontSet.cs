
namespace IDocBook.Pdf.Fonts;

/// <summary>
/// The book's fonts, each subset once to the book's characters, and the per-role fallback chains
/// (<see cref="FallbackChains"/> says which and why). Built once per book; thread-safe to query.
/// </summary>
/// <remarks>
/// A font only holds the code points given to <see cref="Create"/>: text the typesetter adds itself
/// (page numbers, leaders, the code continuation mark) must be in that set too, or it is "missing".
/// </remarks>
public sealed class FontSet : IDisposable
{
    private readonly FontFace[] _faces;
    private readonly FontFace[] _primary;
    private readonly Dictionary<int, FontFace>[] _byRole;
    private readonly Dictionary<FontFace, FaceMetrics> _metrics;

    private FontSet(FontFace[] faces, FontFace[] primary, Dictionary<int, FontFace>[] byRole, Dictionary<FontFace, FaceMetrics> metrics)
    {
        _faces = faces;
        _primary = primary;
        _byRole = byRole;
        _metrics = metrics;
    }

    /// <summary>Every distinct embedded face, in a fixed order (body first).</summary>
    public IReadOnlyList<FontFace> Faces => _faces;

    /// <param name="labels">
    /// The characters of the book's diagram labels, to load the label fonts (<see cref="FontRole.Label"/>)
    /// for; null for a book without diagrams, which need not subset them. A font only the labels use is
    /// subset to these characters alone.
    /// </param>
    public static FontSet Create(IReadOnlySet<int> codePoints, FontChoice? choice = null, IReadOnlySet<int>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        choice ??= FontChoice.Default;
        var roles = Enum.GetValues<FontRole>().Where(r => labels is not null || r is not (FontRole.Label or FontRole.LabelBold)).ToArray();
        var chains = roles.Select(r => FallbackChains.PathsFor(r, choice).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var paths = chains.SelectMany(c => c).Distinct(StringComparer.Ordinal).ToArray();

        // Sorted so the subsetter sees the same input whatever order the set enumerates in.
        // The space is always kept: a tab is shaped as spaces, and it costs one glyph.
        int[] wanted = [.. codePoints.Append(' ').Where(cp => !Invisible.Is(cp)).Distinct().Order()];
        var textPaths = roles.Where(r => r is not (FontRole.Label or FontRole.LabelBold))
            .SelectMany(r => chains[Array.IndexOf(roles, r)]).ToHashSet(StringComparer.Ordinal);
        int[] labelWanted = labels is null ? [] : [.. labels.Append(' ').Where(cp => !Invisible.Is(cp)).Distinct().Order()];
        var loaded = new FaceLoader.Loaded[paths.Length];
        try
        {
            // Each CJK font takes ~0.3 s to subset; they are independent, and each result is deterministic.
            Parallel.For(0, paths.Length, i => loaded[i] = FaceLoader.Load(paths[i], textPaths.Contains(paths[i]) ? wanted : labelWanted));
        }
        catch
        {
            foreach (var l in loaded) l?.Face.Dispose();
            throw;
        }

        var byPath = paths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => loaded[x.i], StringComparer.Ordinal);
        // A role not loaded falls back to the body's fonts.
        var all = Enum.GetValues<FontRole>().Length;
        var byRole = new Dictionary<int, FontFace>[all];
        var primary = new FontFace[all];
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var chain = chains[Array.IndexOf(roles, roles.Contains(role) ? role : FontRole.Body)].Select(p => byPath[p]).ToArray();
            primary[(int)role] = chain[0].Face;
            var map = new Dictionary<int, FontFace>(wanted.Length);
            foreach (var cp in wanted)
            {
                foreach (var font in chain)
                {
                    if (font.Covered.Contains(cp)) { map[cp] = font.Face; break; }
                }
            }
            byRole[(int)role] = map;
        }
        return new FontSet(
            [.. loaded.Select(l => l.Face)], primary, byRole,
            loaded.ToDictionary(l => l.Face, l => l.Metrics));
    }

    /// <summary>
    /// The first face in <paramref name="role"/>'s chain that has <paramref name="codePoint"/>; null when
    /// none has it, and for invisible characters (<see cref="Invisible"/>), which are never drawn.
    /// </summary>
    public FontFace? FaceFor(FontRole role, int codePoint) =>
        _byRole[(int)role].TryGetValue(codePoint, out var face) ? face : null;

    /// <summary>The role's first font: used for spaces' neighbours and for the .notdef box of missing characters.</summary>
    public FontFace Primary(FontRole role) => _primary[(int)role];

    internal FaceMetrics MetricsOf(FontFace face) => _metrics[face];

    public void Dispose()
    {
        foreach (var face in _faces) face.Dispose();
    }
}
