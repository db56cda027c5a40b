using System.Collections.Concurrent;
using System.Diagnostics;
using IDocBook.Core.Model;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars;
using TextMateSharp.Themes;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// One TextMate grammar, loaded once per process (and once more per core that needs it at the same
/// moment) and shared by every thread that highlights its language.
/// </summary>
/// <remarks>
/// TextMateSharp is not thread-safe: a grammar compiles its rules and Oniguruma scanners lazily while
/// tokenizing, <c>TokenizeLine</c> resets the state object it is given, and the registry keeps its
/// grammars in plain dictionaries that embedding grammars (Markdown, HTML) fill during tokenization.
/// So each loaded copy owns a private <see cref="Registry"/> (nothing mutable is shared between
/// copies) and tokenizes for one thread at a time. TextMateSharp 2.0.5 happens to lock inside each
/// <c>TokenizeLine</c> too, but that is undocumented (its thread-safety issue #24 is still open),
/// so we do not lean on it.
/// </remarks>
internal sealed class GrammarSession
{
    /// <summary>
    /// Longer lines (minified JSON, base64, one-line scripts) make the whole block plain. TextMateSharp's
    /// time per line grows with the square of its length (measured: bash 960 chars 72 ms, 2,880 chars
    /// 0.5 s, 4,800 chars 1 s; JSON 14,900 chars 2.6 s), and a length, unlike a clock, gives the same
    /// answer on every machine. Nobody reads colours in a line that long.
    /// </summary>
    internal const int MaxLineLength = 3_000;

    /// <summary>
    /// Last-resort limit per line. Generous because a timed-out block turns plain and that must not
    /// depend on how busy the machine is: entering a rule for the first time compiles its regexes
    /// (LaTeX's first line takes ~1 s on a loaded 2-core box), so only runaway lines should get here.
    /// </summary>
    internal static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A grammar that brings more than this many others is not copied: shell with its heredoc
    /// languages loads some seventy grammars (0.3 s), far more than waiting for the few blocks that
    /// need it. YAML, Go or a Dockerfile read one or two.
    /// </summary>
    private const int MaxGrammarsToCopy = 4;

    private static readonly ConcurrentDictionary<(string Scope, bool Embedded), Lazy<GrammarSession?>> ByScope = new();

    private readonly string _scope;
    private readonly bool _embedded;
    private readonly Lock _growing = new();
    private Instance[] _instances;

    /// <summary>One loaded copy of the grammar, used by one thread at a time.</summary>
    private sealed class Instance(IGrammar grammar, Theme theme, int grammarsRead)
    {
        public Lock Gate { get; } = new();
        public int GrammarsRead { get; } = grammarsRead;
        public IGrammar Grammar { get; } = grammar;
        public Theme Theme { get; } = theme;
        // Colour id 1 is the theme's default foreground: TextMate registers the defaults first.
        public string? DefaultColour { get; } = TokenStyles.Normalize(theme.GetColor(1));
        // The style of each colour id and font style met: tokens are many, their styles few. Used
        // under Gate, like the grammar. Keyed by the font style's number: a key holding the enum
        // itself is boxed on every lookup in the ahead-of-time compiled release.
        public Dictionary<(int Colour, int FontStyle), TokenStyle?> Styles { get; } = [];
    }

    private GrammarSession(string scope, bool embedded, Instance first)
    {
        _scope = scope;
        _embedded = embedded;
        _instances = [first];
    }

    /// <summary>
    /// The session for a grammar scope, with the grammars it includes or without them (see
    /// <see cref="EmbeddedGrammars"/>), or null when the grammar cannot be loaded (cached too).
    /// </summary>
    public static GrammarSession? For(string scope, bool embedded) =>
        ByScope.GetOrAdd((scope, embedded), key => new Lazy<GrammarSession?>(() =>
            Load(key.Scope, key.Embedded) is { } first ? new GrammarSession(key.Scope, key.Embedded, first) : null)).Value;

    private static Instance? Load(string scope, bool embedded)
    {
        try
        {
            var catalog = embedded ? GrammarCatalog.All() : GrammarCatalog.Alone(scope);
            if (catalog.LoadGrammar(scope) is not { } grammar) return null;
            // Compile the root rules now, outside any time limit, so the first real line is not
            // charged for them.
            grammar.TokenizeLine2("", null, TimeSpan.FromMinutes(1));
            return new Instance(grammar, GrammarCatalog.Theme, catalog.GrammarsRead);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    // A free copy of the grammar, entered. Most of a technical book's code is in one language, so
    // with one copy the cores would take turns: while every copy is busy and there are fewer copies
    // than cores, another is loaded, unless loading it means many grammars. Copies tokenize alike,
    // so which one a block gets does not matter.
    private Instance Acquire()
    {
        foreach (var instance in Volatile.Read(ref _instances))
        {
            if (instance.Gate.TryEnter()) return instance;
        }
        lock (_growing)
        {
            var copies = Volatile.Read(ref _instances);
            if (copies[0].GrammarsRead <= MaxGrammarsToCopy && copies.Length < Environment.ProcessorCount && Load(_scope, _embedded) is { } added)
            {
                added.Gate.Enter();
                Volatile.Write(ref _instances, [.. copies, added]);
                return added;
            }
        }
        var first = Volatile.Read(ref _instances)[0];
        first.Gate.Enter();
        return first;
    }

    /// <summary>
    /// Styled lines whose texts are exactly <paramref name="lines"/>; null if the grammar failed or a
    /// line ran over <see cref="LineTimeLimit"/> (the caller then shows the block plain).
    /// </summary>
    /// <param name="memos">Lines already tokenized in this build (see <see cref="LineMemo"/>).</param>
    public IReadOnlyList<CodeLine>? Tokenize(IReadOnlyList<string> lines, LineMemos memos)
    {
        if (lines.Any(l => l.Length > MaxLineLength)) return null;
        var result = new CodeLine[lines.Count];
        var instance = Acquire();
        try
        {
            // Each copy has its own memo: rule ids are numbered as each copy compiles its rules.
            var memo = memos.For(instance);
            IStateStack? state = null; // carried across lines: strings and heredocs span them
            var clock = new Stopwatch();
            for (var i = 0; i < lines.Count; i++)
            {
                if (memo.Find(state, lines[i]) is { } known)
                {
                    (result[i], state) = known;
                    continue;
                }
                clock.Restart();
                var tokens = instance.Grammar.TokenizeLine2(lines[i], state, LineTimeLimit);
                // A timed-out line comes back silently truncated, so the clock is the only signal.
                if (tokens is null || clock.Elapsed >= LineTimeLimit) return null;
                result[i] = ToLine(instance, lines[i], tokens.Tokens);
                memo.Add(state, lines[i], result[i], tokens.RuleStack);
                state = tokens.RuleStack;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        finally
        {
            instance.Gate.Exit();
        }
        return result;
    }

    // Binary tokens are (start, metadata) pairs, each running to the next start; the theme is already
    // resolved into the metadata. Runs are cut from the line by a forward-only cursor, so the texts
    // always add up to the line whatever offsets come back, and same-style neighbours are merged.
    private static CodeLine ToLine(Instance instance, string line, int[] tokens)
    {
        var runs = new List<CodeToken>();
        int runStart = 0, cursor = 0;
        TokenStyle? runStyle = null;
        for (var t = 0; t + 1 < tokens.Length && cursor < line.Length; t += 2)
        {
            var end = t + 2 < tokens.Length ? Math.Clamp(tokens[t + 2], cursor, line.Length) : line.Length;
            if (end == cursor) continue;
            var style = StyleOf(instance, tokens[t + 1]);
            if (cursor > runStart && !Equals(style, runStyle))
            {
                runs.Add(new CodeToken(line[runStart..cursor], runStyle));
                runStart = cursor;
            }
            runStyle = style;
            cursor = end;
        }
        if (cursor < line.Length) cursor = line.Length; // no tokens at all: the rest stays in the last run
        if (cursor > runStart) runs.Add(new CodeToken(line[runStart..cursor], runStyle));
        return new CodeLine(runs);
    }

    private static TokenStyle? StyleOf(Instance instance, int metadata)
    {
        var key = (EncodedTokenAttributes.GetForeground(metadata), (int)EncodedTokenAttributes.GetFontStyle(metadata));
        if (!instance.Styles.TryGetValue(key, out var style)) instance.Styles[key] = style = StyleOf(instance, key.Item1, (FontStyle)key.Item2);
        return style;
    }

    private static TokenStyle? StyleOf(Instance instance, int colourId, FontStyle fontStyle)
    {
        var colour = TokenStyles.Normalize(instance.Theme.GetColor(colourId));
        // NotSet (-1) has every bit on; it means "inherit", which for us is regular.
        var bold = fontStyle > 0 && fontStyle.HasFlag(FontStyle.Bold);
        var italic = fontStyle > 0 && fontStyle.HasFlag(FontStyle.Italic);
        if (!bold && !italic && (colour is null || colour == instance.DefaultColour)) return null;
        return TokenStyles.Get("#" + (colour ?? instance.DefaultColour ?? "000000"), bold, italic);
    }
}
