namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 4: total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981): of all
/// ways to break a paragraph, the one whose lines are most even, rather than the greedy one, which
/// cannot look ahead and leaves a loose line before every long code span.
/// </summary>
/// <remarks>
/// <para>The model is TeX's. Boxes are the shaped characters; glue is what <see cref="Spacing"/> put in
/// the gaps (word spaces, the inter-character glue of CJK, autospace); penalties are the break
/// opportunities of <see cref="BreakPoints"/>: 0 at an ordinary break, <see cref="CodePenalty"/> inside
/// inline code, <see cref="HumpPenalty"/> between the humps of a camel-case identifier in code,
/// <see cref="HyphenPenalty"/> at a hyphen (which adds its width), and
/// <see cref="GraphemePenalty"/> between any two graphemes. A line from break a to break b has a natural
/// width, a stretch and a shrink; its adjustment ratio r is the share of its stretch (r &gt; 0) or shrink
/// (r &lt; 0) it needs to fill the measure, its badness 100·|r|³, and its demerits
/// (<see cref="LinePenalty"/> + badness)² + penalty², plus <see cref="AdjacentDemerits"/> when it is two
/// fitness classes (tight, decent, loose, very loose) away from the line before,
/// <see cref="DoubleHyphenDemerits"/> for a second hyphen in a row, and <see cref="LoneLastDemerits"/>
/// when a paragraph's last line would hold a single letter or ideograph (with its punctuation), which
/// clreq asks to avoid: an earlier line gives up a character instead. A third hyphenated line in a row (at a
/// pattern point or an emergency cut between letters alike) is allowed only when the line is one fragment
/// of a word longer than itself, which has no other way to end. The last line, and a line ended by a
/// forced break, has infinite stretch: ragged.</para>
/// <para>Dynamic programming over the breaks: each feasible break keeps, per fitness class and count of
/// hyphens in a row, the cheapest way to reach it; "active" breaks are those a line could still start
/// from, and one is dropped as soon as a line from it would be overfull. The passes are TeX's: without
/// hyphens (tolerance 100), with hyphens (200), then with <see cref="EmergencyStretchEm"/> of emergency
/// stretch and no tolerance; that pass fails only when a word or code token is wider than the line, and
/// only then does a last pass add the grapheme breaks (CSS <c>overflow-wrap: anywhere</c>, which breaks
/// a word only when it would overflow), where a line that cannot fit (one grapheme wider than the
/// measure) is set overfull rather than failing. Breaking between graphemes costs a break at every
/// character, so it runs only when needed. Each break looks only at the active breaks, at most
/// <see cref="MaxActive"/> of them, so time is linear in the length of a paragraph.</para>
/// <para>Ragged (left, right, centred) text uses the same search with 2 em of stretch at the line end,
/// as TeX's <c>\raggedright</c> does, and no shrink.</para>
/// </remarks>
internal static class LineBreaker
{
    internal const float Epsilon = 0.001f;
    private const double LinePenalty = 10;
    private const double CodePenalty = 40;
    private const double HyphenPenalty = 50;
    private const double HumpPenalty = 100;
    private const double GraphemePenalty = 2000;
    private const double AdjacentDemerits = 10000;
    private const double DoubleHyphenDemerits = 10000;
    private const double FinalHyphenDemerits = 5000;
    private const double LoneLastDemerits = 10000;
    private const double Awful = 10000;
    private const float EmergencyStretchEm = 3;
    private const float RaggedStretchEm = 2;
    private const int MaxActive = 48;
    private const int MaxHyphensInARow = 2;

    private const int Slots = 4 * (MaxHyphensInARow + 1);

    /// <summary>A feasible break reached in one way; <see cref="Previous"/> is the index of the break before (-1 at the start).</summary>
    private struct Node
    {
        public int Position;
        public int Line;
        public int Fitness;
        public int Hyphens;
        public int Previous;
        public bool Hyphen;
        public double Demerits;
    }

    /// <summary>
    /// The nodes and active list of a search, kept for the next paragraph set on this thread: a search
    /// makes a node for each feasible break and class, and as objects they were most of what line
    /// breaking allocated. A paragraph that needed a very large list does not keep it.
    /// </summary>
    private sealed class Workspace
    {
        private const int KeepAtMost = 1 << 16;
        public readonly List<Node> Nodes = [];
        /// <summary>Indices of the active breaks, in the order of their positions.</summary>
        public readonly List<int> Active = [];

        [ThreadStatic] private static Workspace? t_workspace;

        public static Workspace Take() => t_workspace ?? new Workspace();

        public void Return()
        {
            t_workspace = Nodes.Capacity <= KeepAtMost ? this : null;
        }
    }

    /// <param name="Hyphens">Hyphenation points and camel-case humps in code: the breaks that cost.</param>
    private readonly record struct Pass(bool Hyphens, bool Graphemes, double Tolerance, bool Emergency);

    private static readonly Pass[] Passes =
    [
        new(Hyphens: false, Graphemes: false, Tolerance: 100, Emergency: false),
        new(Hyphens: true, Graphemes: false, Tolerance: 200, Emergency: false),
        new(Hyphens: true, Graphemes: false, Tolerance: double.PositiveInfinity, Emergency: true),
        new(Hyphens: true, Graphemes: true, Tolerance: double.PositiveInfinity, Emergency: true),
    ];

    /// <param name="firstWidth">Room on the first line (the measure minus the first-line indent).</param>
    /// <param name="width">Room on the other lines.</param>
    /// <param name="justify">Lines are justified (stretch and shrink their glue) rather than ragged.</param>
    /// <param name="hyphenWidth">The width a hyphen adds to a line broken before character p.</param>
    /// <param name="em">The paragraph's body size, the unit of emergency and ragged stretch.</param>
    public static List<LineSpan> Run(ShapedParagraph shaped, byte[] kinds, float firstWidth, float width, bool justify, Func<int, float> hyphenWidth, float em)
    {
        if (shaped.Text.Length == 0) return [new LineSpan(0, 0, 0, Forced: false, Wrapped: false, IsLast: true)];
        var work = Workspace.Take();
        try
        {
            foreach (var pass in Passes)
            {
                var last = Search(shaped, kinds, firstWidth, width, justify, hyphenWidth, em, pass, work);
                if (last >= 0) return Spans(shaped, kinds, work.Nodes, last);
            }
        }
        finally
        {
            work.Return();
        }
        throw new InvalidOperationException("The final line-breaking pass always finds a way.");
    }

    /// <returns>The index of the last break of the best way, or -1 when this pass finds none.</returns>
    private static int Search(ShapedParagraph shaped, byte[] kinds, float firstWidth, float width, bool justify, Func<int, float> hyphenWidth, float em, Pass pass, Workspace work)
    {
        var n = shaped.Text.Length;
        var s = shaped.Text.Text;
        var nodes = work.Nodes;
        var active = work.Active;
        nodes.Clear();
        active.Clear();
        nodes.Add(new Node { Position = 0, Fitness = 1, Previous = -1 });
        active.Add(0);
        Span<int> best = stackalloc int[Slots];
        Span<double> bestDemerits = stackalloc double[Slots];
        Span<int> created = stackalloc int[Slots];
        var ragged = justify ? 0 : RaggedStretchEm * em;
        var emergency = pass.Emergency ? EmergencyStretchEm * em : 0;
        var endShrink = shaped.EndShrink;
        var hang = shaped.Hang;

        var wordBreak = 0; // the last break before p between words (not inside one)
        for (var p = 1; p <= n; p++)
        {
            if (kinds[p - 1] is BreakKind.Soft or BreakKind.Code or BreakKind.Hump or BreakKind.Hard) wordBreak = p - 1;
            var kind = kinds[p];
            if (kind == BreakKind.None || (kind is BreakKind.Hyphen or BreakKind.Hump && !pass.Hyphens) || (kind == BreakKind.Grapheme && !pass.Graphemes)) continue;
            var hard = kind == BreakKind.Hard;
            var hyphen = kind == BreakKind.Hyphen || (kind == BreakKind.Grapheme && BetweenLetters(shaped, p));
            var penalty = kind switch
            {
                BreakKind.Hyphen => HyphenPenalty,
                BreakKind.Code => CodePenalty,
                BreakKind.Hump => HumpPenalty,
                BreakKind.Grapheme => GraphemePenalty,
                _ => 0,
            };
            var extra = hyphen ? hyphenWidth(p) : 0;
            bestDemerits.Fill(double.PositiveInfinity);
            best.Fill(-1);
            var found = false;

            // Active breaks that stay are moved down over those that die, in one pass.
            var count = active.Count;
            var kept = 0;
            for (var k = 0; k < count; k++)
            {
                var index = active[k];
                var a = nodes[index];
                var start = a.Position;
                var end = TrimEnd(shaped, start, p);
                var room = a.Line == 0 ? firstWidth : width;
                var natural = shaped.LineWidth(start, end) + extra;
                // A mark at a line end hangs; at a paragraph's end, or before a forced break, only when it does not fit otherwise.
                if (hang is not null && end > start && (!hard || natural > room + Epsilon)) natural -= hang[end - 1];
                var shrink = justify ? shaped.Shrink(start, end) : 0;
                if (endShrink is not null && end > start && !hyphen) shrink += endShrink[end - 1];

                double ratio;
                var overfull = false;
                if (natural > room + Epsilon)
                {
                    ratio = shrink > 0 ? (room - natural) / shrink : double.NegativeInfinity;
                    overfull = ratio < -1;
                }
                else if (hard)
                {
                    ratio = 0;
                }
                else
                {
                    var stretch = (justify ? shaped.Stretch(start, end) : 0) + ragged + emergency;
                    ratio = natural >= room - Epsilon ? 0 : stretch > 0 ? (room - natural) / stretch : double.PositiveInfinity;
                }

                // The last resort: the only break left gives only an overfull line.
                var lonely = overfull && pass.Graphemes && !found && kept == 0 && k == count - 1;
                // No later break can give a line from here that fits (or a forced break ends every line).
                if (!overfull && !hard) active[kept++] = index;
                if (overfull && !lonely) continue;

                var badness = lonely ? 0 : Badness(ratio);
                if (badness > pass.Tolerance)
                {
                    if (ratio <= 0) continue;
                    // Too loose: a line from any later active break is shorter still, with less glue to
                    // stretch, so none of them is feasible either (in CJK text, most of the active list).
                    for (var j = k + 1; j < count; j++) active[kept++] = active[j];
                    break;
                }
                var hyphens = hyphen ? a.Hyphens + 1 : 0;
                if (hyphens > MaxHyphensInARow)
                {
                    // A third hyphenated line only where there is no other way to end it: the line is
                    // one fragment of a word longer than itself (or the overfull line of the last resort).
                    if (!lonely && wordBreak > start) continue;
                    hyphens = MaxHyphensInARow;
                }
                var fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                var demerits = (LinePenalty + badness) * (LinePenalty + badness);
                demerits += penalty * penalty;
                if (hyphen && a.Hyphen) demerits += DoubleHyphenDemerits;
                if (p == n && a.Hyphen) demerits += FinalHyphenDemerits;
                if (p == n && a.Line > 0 && IsLone(shaped.Text.Text, start, end)) demerits += LoneLastDemerits;
                if (Math.Abs(fitness - a.Fitness) > 1) demerits += AdjacentDemerits;
                if (lonely) demerits = 0;
                demerits += a.Demerits;
                var slot = fitness * (MaxHyphensInARow + 1) + hyphens;
                if (demerits < bestDemerits[slot])
                {
                    bestDemerits[slot] = demerits;
                    best[slot] = index;
                    found = true;
                }
            }
            active.RemoveRange(kept, count - kept);

            if (found)
            {
                created.Fill(-1);
                for (var slot = 0; slot < Slots; slot++)
                {
                    if (best[slot] < 0) continue;
                    nodes.Add(new Node
                    {
                        Position = p, Line = nodes[best[slot]].Line + 1, Fitness = slot / (MaxHyphensInARow + 1), Hyphens = slot % (MaxHyphensInARow + 1),
                        Hyphen = hyphen, Demerits = bestDemerits[slot], Previous = best[slot],
                    });
                    created[slot] = nodes.Count - 1;
                    active.Add(nodes.Count - 1);
                }
                if (active.Count > MaxActive) Prune(work);
            }
            if (p == n) return found ? Cheapest(created, nodes) : -1;
            if (active.Count == 0) return -1;
        }
        return -1;
    }

    /// <summary>A line holding at most one letter, digit or ideograph: "来。" alone at a paragraph's end.</summary>
    private static bool IsLone(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end && letters < 2; i++)
            if (char.IsLetterOrDigit(text[i])) letters++;
        return letters < 2;
    }

    // Badness as TeX computes it, capped where TeX calls a line infinitely bad.
    private static double Badness(double ratio)
    {
        if (double.IsPositiveInfinity(ratio)) return Awful;
        var r = Math.Abs(ratio);
        return r > 4.65 ? Awful : Math.Min(Awful, 100 * r * r * r);
    }

    // Keeps the active breaks reached most cheaply, earliest first among equals, in position order: a
    // bound that makes every step O(MaxActive).
    private static void Prune(Workspace work)
    {
        var (active, nodes) = (work.Active, work.Nodes);
        Span<double> sorted = stackalloc double[active.Count];
        for (var i = 0; i < active.Count; i++) sorted[i] = nodes[active[i]].Demerits;
        sorted.Sort();
        var threshold = sorted[MaxActive - 1];
        var equal = MaxActive - sorted.IndexOf(threshold);
        var kept = 0;
        for (var i = 0; i < active.Count; i++)
        {
            var demerits = nodes[active[i]].Demerits;
            if (demerits < threshold || (demerits == threshold && equal-- > 0)) active[kept++] = active[i];
        }
        active.RemoveRange(kept, active.Count - kept);
    }

    private static int Cheapest(ReadOnlySpan<int> created, List<Node> nodes)
    {
        var cheapest = -1;
        foreach (var index in created)
        {
            if (index >= 0 && (cheapest < 0 || nodes[index].Demerits < nodes[cheapest].Demerits)) cheapest = index;
        }
        return cheapest;
    }

    private static List<LineSpan> Spans(ShapedParagraph shaped, byte[] kinds, List<Node> all, int last)
    {
        var n = shaped.Text.Length;
        var chain = new List<Node>();
        for (var index = last; all[index].Previous >= 0; index = all[index].Previous) chain.Add(all[index]);
        chain.Reverse();
        var spans = new List<LineSpan>(chain.Count);
        var start = 0;
        foreach (var node in chain)
        {
            var p = node.Position;
            spans.Add(new LineSpan(start, TrimEnd(shaped, start, p), p, Forced: kinds[p] == BreakKind.Hard && p < n, Wrapped: false, IsLast: p >= n) { Hyphen = node.Hyphen });
            start = p;
        }
        return spans;
    }

    /// <summary>
    /// A grapheme break inside a word outside code: drawn with a hyphen, never as a bare cut. Identifiers
    /// (camelCase), URLs and paths are cut bare, as CSS <c>overflow-wrap</c> does.
    /// </summary>
    private static bool BetweenLetters(ShapedParagraph shaped, int p) =>
        Hyphenation.InsideHyphenableWord(shaped.Text.Text, p) && !CodeBreaks.IsCode(shaped.Text.Pieces[shaped.Text.PieceAt(p)]);

    /// <summary>Where the set text of a line ending at <paramref name="end"/> stops: without the break characters.</summary>
    public static int TrimEnd(ShapedParagraph shaped, int start, int end)
    {
        var s = shaped.Text.Text;
        if (end > start && s[end - 1] == '\n') end--;
        if (end > start && s[end - 1] == '\r') end--;
        if (shaped.Text.Preformatted) return end;
        while (end > start && s[end - 1] is ' ' or '\t') end--;
        return end;
    }
}
