using System.Collections.Concurrent;
using System.Text;
using IDocBook.Pdf.Text;
using SkiaSharp;

namespace IDocBook.Pdf.Output;

/// <summary>
/// What one page becomes: its compressed content stream, its link annotations and the destinations
/// on it, and for the structure tree the element each marked-content id (the list's index) belongs
/// to, with the link it is the text of.
/// </summary>
internal sealed record WrittenPage(byte[] Content, IReadOnlyList<WrittenAnnotation> Annotations, IReadOnlyList<(string Name, float X, float Y)> Destinations, IReadOnlyCollection<byte> Alphas)
{
    public IReadOnlyList<(Tagging.StructElement Tag, LinkRef? Link)> Marks { get; init; } = [];
}

/// <summary>A link annotation: its dictionary's entries, and the element and link whose Link element holds it.</summary>
internal sealed record WrittenAnnotation(string Entries, Tagging.StructElement? Tag, LinkRef Link);

/// <summary>
/// Turns a page's items into PDF operators, in order (later items paint over earlier ones). Pages are
/// independent, so <see cref="Write"/> may run for many pages at once on every core.
/// </summary>
internal sealed class PageWriter(EmbeddedFonts fonts, ImageObjects images)
{
    private readonly ConcurrentDictionary<(SKTypeface, float), SKFontMetrics> _metrics = new();

    /// <summary>The resource name of the graphics state that sets opacity <paramref name="alpha"/>.</summary>
    public static string AlphaName(byte alpha) => "A" + PdfText.Number(alpha);

    public WrittenPage Write(Page page)
    {
        var state = new State(new ContentStream(), page.Height);
        var annotations = new List<WrittenAnnotation>();
        var destinations = new List<(string, float, float)>();
        var marks = new List<(Tagging.StructElement, LinkRef?)>();
        foreach (var item in page.Items)
        {
            // Every piece of content is the book's, marked for its structure element, or an artifact.
            var tag = item.Tag is { } t && !ReferenceEquals(t, Tagging.StructElement.Artifact) ? t : null;
            switch (item)
            {
                case TextItem text:
                    WriteText(state, text, tag, marks);
                    break;
                case RectItem rect:
                    state.Content.BeginArtifact();
                    WriteRect(state, rect);
                    state.Content.EndMarkedContent();
                    break;
                case LineItem line:
                    state.Content.BeginArtifact();
                    state.Stroke(line.Color, line.Width);
                    state.Line(line.X1, line.Y1, line.X2, line.Y2);
                    state.Content.EndMarkedContent();
                    break;
                case ImageItem image:
                    Marked(state, tag, marks);
                    WriteImage(state, image);
                    state.Content.EndMarkedContent();
                    break;
                case PathItem path:
                    Marked(state, tag, marks);
                    WritePath(state, path);
                    state.Content.EndMarkedContent();
                    break;
                case LinkItem link:
                    if (Annotation(link, page.Height) is { } annotation) annotations.Add(new WrittenAnnotation(annotation, tag, link.Target));
                    break;
                case DestinationItem destination:
                    destinations.Add((DestinationNames.ForPdf(destination.Name), destination.X, page.Height - destination.Y));
                    break;
                default:
                    throw new NotSupportedException($"Unknown page item {item.GetType().Name}.");
            }
        }
        return new WrittenPage(PdfObjectWriter.Flate(state.Content.Bytes), annotations, destinations, state.Alphas) { Marks = marks };
    }

    /// <summary>Opens the marked content of <paramref name="tag"/> (an artifact for none); the caller closes it.</summary>
    private static void Marked(State state, Tagging.StructElement? tag, List<(Tagging.StructElement, LinkRef?)> marks, LinkRef? link = null)
    {
        if (tag is null)
        {
            state.Content.BeginArtifact();
            return;
        }
        state.Content.BeginMarked(link is null ? tag.Type : "Link", marks.Count);
        marks.Add((tag, link));
    }

    private void WriteText(State state, TextItem item, Tagging.StructElement? tag, List<(Tagging.StructElement, LinkRef?)> marks)
    {
        // An untagged line (running head, folio) is one artifact; a tagged one has its decoration apart.
        if (tag is null) state.Content.BeginArtifact();
        WriteTextContent(state, item, tag, marks);
        if (tag is null) state.Content.EndMarkedContent();
    }

    private void WriteTextContent(State state, TextItem item, Tagging.StructElement? tag, List<(Tagging.StructElement, LinkRef?)> marks)
    {
        var decorate = tag is not null;
        if (decorate && item.Line.Runs.Any(r => r.Glyphs.Length > 0 && r.Style.Background != 0)) state.Content.BeginArtifact();
        else decorate = false;
        // Backgrounds first: path painting is not allowed inside a text object.
        foreach (var run in item.Line.Runs)
        {
            if (run.Glyphs.Length == 0 || run.Style.Background == 0) continue;
            var metrics = Metrics(run);
            var top = item.Baseline - run.Style.BaselineShift + metrics.Ascent;
            state.Fill(run.Style.Background);
            state.Rect(item.X + run.Left, top, run.Width, metrics.Descent - metrics.Ascent, "f");
        }
        if (decorate) state.Content.EndMarkedContent();

        var content = state.Content;
        content.Op("BT");
        // Runs of one element and link share a marked-content sequence; a link's text is its own,
        // and the mark drawn where code wraps is no text of the book.
        (Tagging.StructElement?, LinkRef?, bool)? open = null;
        foreach (var run in item.Line.Runs)
        {
            if (run.Glyphs.Length == 0) continue;
            if (tag is not null)
            {
                var link = tag.Type == "Link" ? null : run.Link;
                var key = ((Tagging.StructElement?)tag, link, run.IsContinuationMark);
                if (open != key)
                {
                    if (open is not null) content.EndMarkedContent();
                    if (run.IsContinuationMark) content.BeginArtifact();
                    else Marked(state, tag, marks, link);
                    open = key;
                }
            }
            state.Fill(run.Style.Color);
            state.Font(fonts.NameOf(run.Font), run.Style.Size);
            var x = item.X + run.X[0];
            var y = state.Height - (item.Baseline - run.Style.BaselineShift);
            content.Op("Tm", 1, 0, 0, 1, x, y);
            ShowGlyphs(content, run);
        }
        if (open is not null) content.EndMarkedContent();
        content.Op("ET");

        var decorations = tag is not null && item.Line.Runs.Any(r => r.Glyphs.Length > 0 && (r.Style.EmphasisDots || r.Style.Underline || r.Style.Strike));
        if (decorations) content.BeginArtifact();

        foreach (var run in item.Line.Runs)
            if (run.Style.EmphasisDots && run.Glyphs.Length > 0) EmphasisDots(state, item, run);

        foreach (var run in item.Line.Runs)
        {
            if (run.Glyphs.Length == 0 || !(run.Style.Underline || run.Style.Strike)) continue;
            var baseline = item.Baseline - run.Style.BaselineShift;
            var (left, right) = (item.X + run.Left, item.X + run.Left + run.Width);
            if (run.Style.Underline)
            {
                var metrics = Metrics(run);
                var thickness = metrics.UnderlineThickness is > 0 and var t ? t : run.Style.Size / 18;
                var offset = metrics.UnderlinePosition is > 0 and var p ? p : run.Style.Size / 8;
                state.Stroke(run.Style.Color, thickness);
                state.Line(left, baseline + offset, right, baseline + offset);
            }
            if (run.Style.Strike)
            {
                var middle = baseline - run.Style.Size * 0.3f;
                state.Stroke(run.Style.Color, run.Style.Size / 16);
                state.Line(left, middle, right, middle);
            }
        }
        if (decorations) content.EndMarkedContent();
    }

    /// <summary>
    /// clreq's emphasis marks (着重号): a dot centred under each ideograph, kana or Hangul syllable of
    /// an emphasised run; none under punctuation, Latin (set in italic instead) or spaces.
    /// </summary>
    private static void EmphasisDots(State state, TextItem item, GlyphRun run)
    {
        var clusters = ClusterMap.Clusters(run);
        var size = run.Style.Size;
        var y = item.Baseline - run.Style.BaselineShift + size * 0.3f;
        var end = run.Left + run.Width;
        state.Fill(run.Style.Color);
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            if (clusters[i] >= run.Text.Length || i > 0 && clusters[i] == clusters[i - 1]) continue;
            System.Text.Rune.DecodeFromUtf16(run.Text.AsSpan(clusters[i]), out var rune, out _);
            if (!System.Text.Rune.IsLetter(rune) || !(Core.Text.Cjk.IsWide(rune.Value) || rune.Value is >= 0xAC00 and <= 0xD7AF)) continue;
            var right = i + 1 < run.X.Length ? run.X[i + 1] : end;
            state.Dot(item.X + (run.X[i] + right) / 2, y, size * 0.07f);
        }
    }

    /// <summary>
    /// The run's glyphs at their set positions: TJ moves by each glyph's width, and a number between
    /// two glyphs makes up the difference (kerning, justification). Glyphs whose character the
    /// ToUnicode map would not give back are wrapped in /ActualText with their source text.
    /// </summary>
    private void ShowGlyphs(ContentStream content, GlyphRun run)
    {
        var scale = 1000f / run.Style.Size;
        var clusters = run.Text.Length > 0 && !OneGlyphPerCharacter(run) ? ClusterMap.Clusters(run) : null;
        var pen = 0f;
        content.BeginShow();
        for (var i = 0; i < run.Glyphs.Length;)
        {
            // A cluster: glyphs i..end-1 share their source text.
            var end = i + 1;
            while (clusters is not null && end < clusters.Length && clusters[end] == clusters[i]) end++;
            string? actualText = null;
            if (clusters is not null)
            {
                var from = clusters[i];
                var to = end < clusters.Length ? clusters[end] : run.Text.Length;
                var source = run.Text.AsSpan(from, Math.Max(0, to - from));
                if (end - i != 1 || !fonts.ExtractsAs(run.Font, run.Glyphs[i], source)) actualText = source.ToString();
            }
            if (actualText is not null) content.EndShow().BeginActualText(actualText).BeginShow();
            for (; i < end; i++)
            {
                var target = (run.X[i] - run.X[0]) * scale;
                var adjust = MathF.Round(pen - target, 2);
                if (adjust != 0)
                {
                    content.Adjust(adjust);
                    pen -= adjust;
                }
                content.Glyph(run.Glyphs[i]);
                pen += fonts.WidthOf(run.Font, run.Glyphs[i]);
            }
            if (actualText is not null) content.EndShow().EndMarkedContent().BeginShow();
        }
        content.EndShow();
    }

    // Most runs: every glyph is its character's cmap glyph, and extracts as that character.
    private static bool OneGlyphPerCharacter(GlyphRun run)
    {
        var i = 0;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            if (i >= run.Glyphs.Length || !run.Font.Characters.TryGetValue(run.Glyphs[i], out var character) || character != rune.Value) return false;
            i++;
        }
        return i == run.Glyphs.Length;
    }

    private static void WriteRect(State state, RectItem rect)
    {
        if (rect.Fill != 0)
        {
            state.Fill(rect.Fill);
            state.Rect(rect.X, rect.Y, rect.Width, rect.Height, "f");
        }
        if (rect.Stroke != 0 && rect.StrokeWidth > 0)
        {
            state.Stroke(rect.Stroke, rect.StrokeWidth);
            state.Rect(rect.X, rect.Y, rect.Width, rect.Height, "S");
        }
    }

    // Colours and width are set before q, so the state's memory of them holds after Q; the round
    // joins and the dash live inside q … Q and end with it.
    private static void WritePath(State state, PathItem item)
    {
        var fill = item.Fill != 0;
        var stroke = item.Stroke != 0 && item.StrokeWidth > 0;
        if (!fill && !stroke || item.Path.Count == 0) return;
        if (fill) state.Fill(item.Fill);
        if (stroke) state.Stroke(item.Stroke, item.StrokeWidth * item.Scale);
        var content = state.Content;
        content.Op("q").Op("j", 1).Op("J", 1);
        if (stroke && item.Dash.Count > 0) content.Dash(item.Dash.Select(d => d * item.Scale));
        float X(float x) => item.X + x * item.Scale;
        float Y(float y) => state.Height - (item.Y + y * item.Scale);
        foreach (var s in item.Path)
        {
            switch (s.Verb)
            {
                case Core.Model.PathVerb.MoveTo: content.Op("m", X(s.X), Y(s.Y)); break;
                case Core.Model.PathVerb.LineTo: content.Op("l", X(s.X), Y(s.Y)); break;
                case Core.Model.PathVerb.CubicTo: content.Op("c", X(s.X1), Y(s.Y1), X(s.X2), Y(s.Y2), X(s.X), Y(s.Y)); break;
                case Core.Model.PathVerb.Close: content.Op("h"); break;
            }
        }
        content.Op(fill && stroke ? "B" : fill ? "f" : "S").Op("Q");
    }

    private void WriteImage(State state, ImageItem item)
    {
        var bottom = state.Height - item.Y - item.Height;
        var content = state.Content;
        if (images.For(item.Data) is not { } drawn)
        {
            // The layout checks images before placing them; if bytes still do not decode, a visible
            // empty frame is better than a silent gap.
            state.Stroke(0xFF999999, 0.5f);
            state.Rect(item.X, item.Y, item.Width, item.Height, "S");
            state.Line(item.X, item.Y, item.X + item.Width, item.Y + item.Height);
            state.Line(item.X, item.Y + item.Height, item.X + item.Width, item.Y);
            return;
        }
        content.Op("q");
        if (drawn.IsForm)
        {
            // An SVG may draw outside its viewBox; the box clips it as a browser's img does.
            content.Op("re", item.X, bottom, item.Width, item.Height).Op("W").Op("n");
        }
        content.Op("cm", item.Width / drawn.Width, 0, 0, item.Height / drawn.Height, item.X, bottom);
        content.XObject(drawn.Name);
        // Q restores the colours set before q, which is what the state remembers.
        content.Op("Q");
    }

    private static string? Annotation(LinkItem link, float pageHeight)
    {
        string action;
        if (link.Target.Url is { Length: > 0 } url) action = "/A <</S /URI /URI " + PdfText.String(AsciiUri(url)) + ">>";
        else if (link.Target.Destination is { Length: > 0 } destination) action = "/Dest " + PdfText.Name(DestinationNames.ForPdf(destination));
        else return null;
        var bottom = pageHeight - link.Y - link.Height;
        // The dictionary's entries: the writer closes it with the annotation's place in the structure.
        // Its text is its description for assistive technology (PDF/UA).
        var contents = link.Text is { } text && text.Trim().Length > 0 ? " /Contents " + PdfText.String(text.Trim()) : "";
        return $"/Type /Annot /Subtype /Link /Rect [{PdfText.Real(link.X)} {PdfText.Real(bottom)} {PdfText.Real(link.X + link.Width)} {PdfText.Real(bottom + link.Height)}]"
            + $" /Border [0 0 0] /F 4{contents} {action}";
    }

    // A PDF URI action holds 7-bit ASCII; anything else is percent-encoded as UTF-8 (RFC 3987 → 3986).
    private static string AsciiUri(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            if (b is > 0x20 and < 0x7F) builder.Append((char)b);
            else builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private SKFontMetrics Metrics(GlyphRun run) =>
        _metrics.GetOrAdd((run.Font.Typeface, run.Style.Size), key =>
        {
            using var font = new SKFont(key.Item1, key.Item2);
            return font.Metrics;
        });

    /// <summary>The page's content with the graphics state it has set, so that unchanged colours are not repeated.</summary>
    private sealed class State(ContentStream content, float height)
    {
        private uint? _fill, _stroke;
        private float? _width;
        private byte _alpha = 255;
        private (string Name, float Size)? _font;

        public ContentStream Content { get; } = content;
        public float Height { get; } = height;
        public HashSet<byte> Alphas { get; } = [];

        public void Fill(uint argb)
        {
            SetAlpha((byte)(argb >> 24));
            if (_fill == (argb & 0xFFFFFF)) return;
            _fill = argb & 0xFFFFFF;
            Content.Color(argb, stroke: false);
        }

        /// <summary>Sets the font; it belongs to the graphics state, so it outlasts ET, and the runs of a code line mostly share it.</summary>
        public void Font(string name, float size)
        {
            if (_font == (name, size)) return;
            _font = (name, size);
            Content.Font(name, size);
        }

        public void Stroke(uint argb, float width)
        {
            SetAlpha((byte)(argb >> 24));
            if (_stroke != (argb & 0xFFFFFF))
            {
                _stroke = argb & 0xFFFFFF;
                Content.Color(argb, stroke: true);
            }
            if (_width != width)
            {
                _width = width;
                Content.Op("w", width);
            }
        }

        /// <summary>A rectangle given from its top-left corner, painted by <paramref name="paint"/> (f or S).</summary>
        public void Rect(float x, float top, float width, float height, string paint) =>
            Content.Op("re", x, Height - top - height, width, height).Op(paint);

        /// <summary>A filled circle: four Bézier quarters (k = 0.5523, the usual approximation).</summary>
        public void Dot(float cx, float cy, float r)
        {
            var (x, y, k) = (cx, Height - cy, r * 0.5523f);
            Content.Op("m", x + r, y)
                .Op("c", x + r, y + k, x + k, y + r, x, y + r)
                .Op("c", x - k, y + r, x - r, y + k, x - r, y)
                .Op("c", x - r, y - k, x - k, y - r, x, y - r)
                .Op("c", x + k, y - r, x + r, y - k, x + r, y)
                .Op("f");
        }

        public void Line(float x1, float y1, float x2, float y2) =>
            Content.Op("m", x1, Height - y1).Op("l", x2, Height - y2).Op("S");

        private void SetAlpha(byte alpha)
        {
            if (alpha == _alpha) return;
            _alpha = alpha;
            Alphas.Add(alpha);
            Content.Alpha(AlphaName(alpha));
        }
    }
}
