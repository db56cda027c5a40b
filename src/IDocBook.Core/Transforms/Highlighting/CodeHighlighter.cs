using System.Collections.Concurrent;
using IDocBook.Core.Caching;
using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// The highlighting transform: gives code blocks styled token runs that both writers draw, so the
/// EPUB and the PDF colour code the same way. Blocks in a language we have no grammar for, and blocks
/// whose tokenizing fails, keep <see cref="CodeBlock.Lines"/> null and are shown plain; that is not
/// worth a diagnostic.
/// </summary>
/// <remarks>
/// Grammars are loaded lazily, once per process, and shared; every member is safe to call from
/// several threads at once. One highlighter serves one build.
/// </remarks>
public sealed class CodeHighlighter
{
    /// <summary>
    /// Code of one grammar is tokenized in runs of about this many characters, one run per thread at
    /// a time. A second thread on the same grammar needs a second copy of it, whose regular
    /// expressions compile again (the shell grammar's take ~0.1 s, as long as ~4,000 lines of shell,
    /// some 250,000 characters, take to tokenize), and lines are only remembered per copy
    /// (<see cref="LineMemo"/>): so a language gets a second thread only when it has this much code,
    /// and the cores otherwise work on different languages. Characters rather than lines measure a
    /// run: in the benchmark's realistic book a line of shell is three times as long as a line of
    /// YAML or Go (64 characters against 21 and 19).
    /// </summary>
    private const int CharactersPerRun = 250_000;

    // Tokenizing depends on nothing but the language and the code, so equal blocks (the same
    // command shown in several chapters) share their lines: within this book always, and
    // across builds when there is a cache.
    private readonly ReuseCache<(string? Language, string Code), IReadOnlyList<CodeLine>?> _known;
    // Lines met in this build, with the state they began in: code blocks differ, their lines often do not.
    private readonly LineMemos _memos = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _started = Task.CompletedTask;

    public CodeHighlighter() : this(null) { }

    /// <summary>Reuses the styled lines of code that <paramref name="cache"/> met in the last build.</summary>
    public CodeHighlighter(BuildCache? cache) => _known = cache?.Code ?? new();

    /// <summary>
    /// Starts tokenizing the code of <paramref name="book"/> on other threads, so that it runs while
    /// the other transforms do; <see cref="Apply"/> then finds it done or waits for the rest. Code
    /// is grouped by grammar, the largest groups first, so each grammar loads once.
    /// </summary>
    public void Start(Book book)
    {
        var token = _stop.Token;
        // Grouping the code walks every block of the book: that too is done off the caller's thread.
        _started = Task.Run(() => Parallel.ForEach(Partitioner.Create(Runs(book), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            run =>
            {
                foreach (var key in run)
                {
                    if (token.IsCancellationRequested) return;
                    _known.Get(key, k => Highlight(k.Language, k.Code));
                }
            }));
    }

    // The distinct code of the book grouped by grammar, in runs of about CharactersPerRun, the largest first.
    private static List<List<(string? Language, string Code)>> Runs(Book book)
    {
        var runs = new List<List<(string? Language, string Code)>>();
        var sizes = new List<int>();
        var codes = book.Chapters.SelectMany(c => Walk.Blocks(c.Blocks)).OfType<CodeBlock>().Select(c => (c.Language, c.Code)).Distinct();
        foreach (var group in codes.GroupBy(SessionOf).Where(g => g.Key.Scope is not null))
        {
            var run = new List<(string?, string)>();
            var size = 0;
            foreach (var code in group)
            {
                if (size >= CharactersPerRun)
                {
                    runs.Add(run);
                    sizes.Add(size);
                    (run, size) = ([], 0);
                }
                run.Add(code);
                size += code.Code.Length;
            }
            runs.Add(run);
            sizes.Add(size);
        }
        return [.. Enumerable.Range(0, runs.Count).OrderByDescending(i => sizes[i]).Select(i => runs[i])];
    }

    /// <summary>Stops what <see cref="Start"/> began (the book will not be finished) and waits for the code being tokenized now.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _started.GetAwaiter().GetResult();
    }

    /// <summary>Sets <see cref="CodeBlock.Lines"/> on every code block of the book, nested ones included; chapters in parallel.</summary>
    public Book Apply(Book book)
    {
        _started.GetAwaiter().GetResult();
        return Rewrite.ChaptersInParallel(book, c => c with { Blocks = Rewrite.Blocks(c.Blocks, block =>
            block is CodeBlock code && _known.Get((code.Language, code.Code), k => Highlight(k.Language, k.Code)) is { } lines ? code with { Lines = lines } : block) });
    }

    /// <summary>
    /// Styled lines for <paramref name="code"/> (one per source line; the token texts of a line join
    /// to exactly that line), or null when <paramref name="language"/> is unknown or tokenizing failed.
    /// </summary>
    public IReadOnlyList<CodeLine>? Highlight(string? language, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (SessionOf((language, code)) is not { Scope: { } scope } session || GrammarSession.For(scope, session.Embedded) is not { } grammar)
            return null;
        var lines = CodeText.SplitLines(code);
        return LanguageAliases.IsSession(language) ? ShellSession.Tokenize(lines, l => grammar.Tokenize(l, _memos)) : grammar.Tokenize(lines, _memos);
    }

    // The grammar copy that tokenizes this code: its scope (null without a grammar), and whether it
    // needs the grammars it includes.
    private static (string? Scope, bool Embedded) SessionOf((string? Language, string Code) code) =>
        LanguageAliases.ScopeFor(code.Language) is { } scope ? (scope, EmbeddedGrammars.Needed(scope, code.Code)) : default;
}
