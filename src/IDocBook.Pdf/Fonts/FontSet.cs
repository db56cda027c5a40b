using IDocBook.Core.Text;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// The book's fonts and the per-role fallback chains (<see cref="FallbackChains"/> says which and
/// why). Each character of the book is given, per role, the first face of the chain that has it;
/// script-dependent punctuation (<see cref="ScriptContext"/>) gets one face for Latin context and one
/// for CJK context. Only faces that are given a character are loaded, each subset once to exactly
/// the characters it was given. Built once per book; thread-safe to query.
/// </summary>
/// <remarks>
/// A font only holds the code points given to <see cref="Create"/>: text the typesetter adds itself
/// (page numbers, leaders, the code continuation mark) must be in that set too, or it is "missing".
/// </remarks>
public sealed class FontSet : IDisposable
{
    /// <summary>What a character no font has is drawn as: a white square, so the gap is seen, not hidden.</summary>
    public const int Box = 0x25A1;

    private readonly FontFace[] _faces;
    private readonly FontFace[] _primary;
    private readonly Dictionary<int, FontFace>[] _byRole;
    private readonly Dictionary<int, FontFace>[] _latin;
    private readonly Dictionary<int, FontFace>[] _cjk;
    private readonly Dictionary<FontFace, FaceMetrics> _metrics;

    private FontSet(FontFace[] faces, FontFace[] primary, Dictionary<int, FontFace>[] byRole, Dictionary<int, FontFace>[] latin, Dictionary<int, FontFace>[] cjk,
        Dictionary<FontFace, FaceMetrics> metrics, IReadOnlyList<int> missing, IReadOnlyDictionary<FontFace, FontSource> sources, IReadOnlyList<FontSource> unreadable)
    {
        Unreadable = unreadable;
        _faces = faces;
        _primary = primary;
        _byRole = byRole;
        _latin = latin;
        _cjk = cjk;
        _metrics = metrics;
        Missing = missing;
        Sources = sources;
    }

    /// <summary>Every distinct embedded face, in a fixed order (the order of the chains).</summary>
    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The characters asked for that no font has, in code point order: drawn as <see cref="Box"/>.</summary>
    public IReadOnlyList<int> Missing { get; }

    /// <summary>Files of the chains (the book's, the fallback list's, --font-path's) that are not fonts HarfBuzz can read.</summary>
    public IReadOnlyList<FontSource> Unreadable { get; }

    /// <summary>The file and origin each face was loaded from.</summary>
    public IReadOnlyDictionary<FontFace, FontSource> Sources { get; }

    /// <param name="codePoints">Every character the book shows.</param>
    /// <param name="choice">The fonts the book asks for; null for the bundled ones.</param>
    /// <param name="labels">
    /// The characters of the book's diagram labels, which the label roles (<see cref="FontRole.Label"/>)
    /// are given; null for a book without diagrams. A font only the labels use is subset to these alone.
    /// </param>
    public static FontSet Create(IReadOnlySet<int> codePoints, FontChoice? choice = null, IReadOnlySet<int>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        choice ??= FontChoice.Default;
        var roles = Enum.GetValues<FontRole>();
        var chains = roles.Select(r => FallbackChains.For(r, choice).ToList()).ToArray();
        static bool IsLabel(FontRole role) => role is FontRole.Label or FontRole.LabelBold;
        var textChains = roles.Where(r => !IsLabel(r)).Select(r => chains[(int)r]).ToList();

        // Sorted so the subsetter sees the same input whatever order the set enumerates in.
        // The space is always kept: a tab is shaped as spaces, and it costs one glyph.
        int[] wanted = [.. codePoints.Append(' ').Append(Box).Where(cp => !Invisible.Is(cp)).Distinct().Order()];
        int[] labelWanted = labels is null ? [] : [.. labels.Append(' ').Where(cp => !Invisible.Is(cp)).Distinct().Order()];
        var files = new Dictionary<string, FontFile?>(StringComparer.Ordinal);
        try
        {
            FontFile? Open(FontSource source)
            {
                if (!files.TryGetValue(source.Path, out var file)) files[source.Path] = file = FontFile.Open(source.Path);
                return file;
            }
            FontSource? First(List<FontSource> chain, int cp, FaceKind? kind)
            {
                foreach (var source in chain)
                    if (Open(source) is { } file && (kind is null || file.Kind == kind) && file.Has(cp)) return source;
                return null;
            }

            // Every font the author chose is opened, so one that cannot be read is reported even when unneeded.
            foreach (var source in chains.SelectMany(c => c).Where(s => s.Origin is FontOrigin.Book or FontOrigin.Fallback or FontOrigin.FontPath)) Open(source);

            // The machine's fonts are asked only for what no chosen font has, so a book the bundled
            // fonts cover comes out the same on every machine.
            var missing = wanted.Where(cp => textChains.All(c => First(c, cp, null) is null)).ToList();
            if (missing.Count > 0 && choice.SystemFonts)
            {
                var system = SystemFonts.FilesIn(SystemFonts.Folders()).Select(p => new FontSource(p, FontOrigin.System)).ToList();
                var used = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var cp in missing)
                    if (First(system, cp, null) is { } found) used.Add(found.Path);
                foreach (var chain in textChains) chain.AddRange(used.Select(p => new FontSource(p, FontOrigin.System)));
                missing.RemoveAll(cp => used.Any(p => files[p]!.Has(cp)));
            }

            var byRole = new Dictionary<int, FontSource>[roles.Length];
            var latin = new Dictionary<int, FontSource>[roles.Length];
            var cjk = new Dictionary<int, FontSource>[roles.Length];
            var given = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            void Give(FontSource source, int cp)
            {
                if (!given.TryGetValue(source.Path, out var set)) given[source.Path] = set = [];
                set.Add(cp);
            }
            foreach (var role in roles)
            {
                var chain = chains[(int)role];
                var roleWanted = IsLabel(role) ? labelWanted : wanted;
                var (map, latinMap, cjkMap) = (new Dictionary<int, FontSource>(roleWanted.Length), new Dictionary<int, FontSource>(), new Dictionary<int, FontSource>());
                foreach (var cp in roleWanted)
                {
                    if (First(chain, cp, null) is not { } source) continue;
                    map[cp] = source;
                    Give(source, cp);
                    if (!ScriptContext.IsAmbiguous(cp)) continue;
                    latinMap[cp] = First(chain, cp, FaceKind.Latin) ?? source;
                    cjkMap[cp] = First(chain, cp, FaceKind.Cjk) ?? source;
                    Give(latinMap[cp], cp);
                    Give(cjkMap[cp], cp);
                }
                (byRole[(int)role], latin[(int)role], cjk[(int)role]) = (map, latinMap, cjkMap);
            }

            // Faces in chain order, each subset to the characters it was given.
            var order = chains.SelectMany(c => c).Where(s => given.ContainsKey(s.Path)).DistinctBy(s => s.Path, StringComparer.Ordinal).ToArray();
            var kinds = order.Select(s => files[s.Path]!.Kind).ToArray();
            var unreadable = chains.SelectMany(c => c).Where(s => s.Origin != FontOrigin.System && files.TryGetValue(s.Path, out var f) && f is null).DistinctBy(s => s.Path).ToArray();
            // The cmaps are let go before subsetting reads the same files again: both at once were 40 MB more at the peak.
            foreach (var file in files.Values) file?.Dispose();
            files.Clear();
            var loaded = new FaceLoader.Loaded[order.Length];
            try
            {
                // Each CJK font takes ~0.3 s to subset; they are independent, and each result is deterministic.
                Parallel.For(0, order.Length, i => loaded[i] = FaceLoader.Load(order[i].Path, [.. given[order[i].Path]]));
            }
            catch
            {
                foreach (var l in loaded) l?.Face.Dispose();
                throw;
            }
            var faceOf = order.Select((s, i) => (s.Path, loaded[i].Face)).ToDictionary(p => p.Path, p => p.Face, StringComparer.Ordinal);
            Dictionary<int, FontFace> Faces(Dictionary<int, FontSource> map) => map.ToDictionary(e => e.Key, e => faceOf[e.Value.Path]);

            var primary = roles.Select(r => chains[(int)r].FirstOrDefault(s => faceOf.ContainsKey(s.Path)) is { } s ? faceOf[s.Path] : loaded[0].Face).ToArray();
            return new FontSet(
                [.. loaded.Select(l => l.Face)], primary,
                [.. byRole.Select(Faces)], [.. latin.Select(Faces)], [.. cjk.Select(Faces)],
                LineMetrics(kinds, loaded), missing,
                order.Select((s, i) => (s, loaded[i].Face)).ToDictionary(p => p.Face, p => p.s),
                unreadable);
        }
        finally
        {
            foreach (var file in files.Values) file?.Dispose();
        }
    }

    // Lines take their baseline from the faces on them: one ascent and descent for every text face
    // keeps the baselines of a paragraph even when a line holds no ideograph, or only Latin.
    private static Dictionary<FontFace, FaceMetrics> LineMetrics(FaceKind[] kinds, FaceLoader.Loaded[] loaded)
    {
        var text = loaded.Where((_, i) => kinds[i] != FaceKind.Other).ToList();
        if (text.Count == 0) text = [.. loaded];
        var ascent = text.Max(l => l.Metrics.Ascent);
        var descent = text.Max(l => l.Metrics.Descent);
        return loaded.ToDictionary(l => l.Face, l => l.Metrics with { Ascent = ascent, Descent = descent });
    }

    /// <summary>
    /// The first face in <paramref name="role"/>'s chain that has <paramref name="codePoint"/>; null when
    /// none has it, and for invisible characters (<see cref="Invisible"/>), which are never drawn.
    /// </summary>
    public FontFace? FaceFor(FontRole role, int codePoint) =>
        _byRole[(int)role].TryGetValue(codePoint, out var face) ? face : null;

    /// <summary>
    /// As <see cref="FaceFor(FontRole, int)"/>, for text in CJK (<paramref name="cjk"/> true) or Latin
    /// context: a script-dependent character (<see cref="ScriptContext.IsAmbiguous"/>) takes the chain's
    /// first face of that kind that has it.
    /// </summary>
    public FontFace? FaceFor(FontRole role, int codePoint, bool cjk) =>
        ScriptContext.IsAmbiguous(codePoint) && (cjk ? _cjk : _latin)[(int)role].TryGetValue(codePoint, out var face) ? face : FaceFor(role, codePoint);

    /// <summary>The role's first loaded font: used for the line metrics of empty lines.</summary>
    public FontFace Primary(FontRole role) => _primary[(int)role];

    internal FaceMetrics MetricsOf(FontFace face) => _metrics[face];

    public void Dispose()
    {
        foreach (var face in _faces) face.Dispose();
    }
}
