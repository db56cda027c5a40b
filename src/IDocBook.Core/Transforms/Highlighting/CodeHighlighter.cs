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
/// several threads at once.
/// </remarks>
public sealed class CodeHighlighter
{
    private readonly BuildCache? _cache;
    // Lines met in this build, with the state they began in: code blocks differ, their lines often do not.
    private readonly LineMemos _memos = new();

    public CodeHighlighter() { }

    /// <summary>Reuses the styled lines of code that <paramref name="cache"/> met in the last build.</summary>
    public CodeHighlighter(BuildCache? cache) => _cache = cache;

    /// <summary>Sets <see cref="CodeBlock.Lines"/> on every code block of the book, nested ones included; chapters in parallel.</summary>
    public Book Apply(Book book)
    {
        // Tokenizing depends on nothing but the language and the code, so equal blocks (the same
        // command shown in several chapters) share their lines: within this book always, and
        // across builds when there is a cache.
        var known = _cache?.Code ?? new ReuseCache<(string? Language, string Code), IReadOnlyList<CodeLine>?>();
        return Rewrite.ChaptersInParallel(book, c => c with { Blocks = Rewrite.Blocks(c.Blocks, block =>
            block is CodeBlock code && known.Get((code.Language, code.Code), k => Highlight(k.Language, k.Code)) is { } lines ? code with { Lines = lines } : block) });
    }

    /// <summary>
    /// Starts loading, in the background, the grammars the code of <paramref name="book"/> needs, in
    /// the order they first appear. Loading the first grammar is the slow part of highlighting, so a
    /// reader calls this before the transforms, which leave a core free, and highlighting then finds
    /// the grammars loaded or waits for the rest.
    /// </summary>
    public static Task LoadGrammars(Book book)
    {
        var sessions = book.Chapters.SelectMany(c => Walk.Blocks(c.Blocks)).OfType<CodeBlock>()
            .Select(c => LanguageAliases.ScopeFor(c.Language) is { } scope ? (Scope: scope, Embedded: EmbeddedGrammars.Needed(scope, c.Code)) : default)
            .Where(s => s.Scope is not null).Distinct().ToList();
        return Task.Run(() =>
        {
            foreach (var (scope, embedded) in sessions) GrammarSession.For(scope, embedded);
        });
    }

    /// <summary>
    /// Styled lines for <paramref name="code"/> (one per source line; the token texts of a line join
    /// to exactly that line), or null when <paramref name="language"/> is unknown or tokenizing failed.
    /// </summary>
    public IReadOnlyList<CodeLine>? Highlight(string? language, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (LanguageAliases.ScopeFor(language) is not { } scope || GrammarSession.For(scope, EmbeddedGrammars.Needed(scope, code)) is not { } grammar)
            return null;
        var lines = CodeText.SplitLines(code);
        return LanguageAliases.IsSession(language) ? ShellSession.Tokenize(lines, l => grammar.Tokenize(l, _memos)) : grammar.Tokenize(lines, _memos);
    }
}
