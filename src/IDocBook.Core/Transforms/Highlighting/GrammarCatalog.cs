using System.Reflection;
using System.Text.Json;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Finds the grammars and themes that TextMateSharp.Grammars embeds, reading only what a build asks for.
/// </summary>
/// <remarks>
/// The package's own <see cref="RegistryOptions"/> parses every language's package.json, language
/// configuration and snippets up front: about 0.1 s and a megabyte of large strings (each a trigger
/// for a full garbage collection) before the first line is tokenized, for editor features we never
/// use. This catalog reads just the <c>contributes.grammars</c> of each package.json to learn which
/// resource holds which scope, then opens grammars on demand, embedded ones included.
/// </remarks>
internal sealed class GrammarCatalog : IRegistryOptions
{
    private const string GrammarsPrefix = "TextMateSharp.Grammars.Resources.Grammars.";
    private const string ThemesPrefix = "TextMateSharp.Grammars.Resources.Themes.";
    private const string PackageSuffix = ".package.json";

    // Light+ is the only theme: VS Code designed it for a white background, which is what both the
    // printed page and most EPUB readers give code.
    private const string DefaultTheme = "light_plus.json";

    private static readonly Assembly Resources = typeof(RegistryOptions).Assembly;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> ResourceByScope = new(ReadPackages);

    private static readonly Lazy<Theme> SharedTheme = new(() => Theme.CreateFromRawTheme(All().GetDefaultTheme(), All()));

    private readonly string? _only;
    private int _grammarsRead;

    private GrammarCatalog(string? only) => _only = only;

    /// <summary>Every shipped grammar, embedded ones included.</summary>
    public static GrammarCatalog All() => new(null);

    /// <summary>Only the grammar of <paramref name="scope"/>: the languages it includes stay unloaded (see <see cref="EmbeddedGrammars"/>).</summary>
    public static GrammarCatalog Alone(string scope) => new(scope);

    /// <summary>How many grammars this catalog has handed out: what loading a registry over it cost.</summary>
    public int GrammarsRead => Volatile.Read(ref _grammarsRead);

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (_only is not null && _only != scopeName) return null;
        if (!ResourceByScope.Value.TryGetValue(scopeName, out var resource)) return null;
        // Embedded resources are mapped with the assembly, so they come as unmanaged memory streams.
        using var stream = Resources.GetManifestResourceStream(resource) as UnmanagedMemoryStream;
        if (stream is null) return null;
        Interlocked.Increment(ref _grammarsRead);
        return TextMateJson.ReadGrammar(stream);
    }

    public IRawTheme? GetTheme(string scopeName)
    {
        // Themes include their parents as "./light_vs.json".
        var name = scopeName.StartsWith("./", StringComparison.Ordinal) ? scopeName[2..] : scopeName;
        using var stream = Resources.GetManifestResourceStream(ThemesPrefix + name) as UnmanagedMemoryStream;
        return stream is null ? null : TextMateJson.ReadTheme(stream);
    }

    public IRawTheme? GetDefaultTheme() => GetTheme(DefaultTheme);

    /// <summary>
    /// The theme, parsed once per process and shared by every grammar copy. TextMateSharp's
    /// <see cref="Registry"/> parses it again for each registry (two JSON files and a rule trie, for
    /// each of the seven or more copies a book loads); once built, a <see cref="Theme"/> is only
    /// read (its matches are cached in a concurrent dictionary, each answer a fresh list).
    /// </summary>
    public static Theme Theme => SharedTheme.Value;

    /// <summary>
    /// Does now what every grammar's first load would wait for: the theme, the map of scopes to
    /// resources, and Oniguruma's native library and tables.
    /// </summary>
    public static void Prepare()
    {
        _ = SharedTheme.Value;
        _ = ResourceByScope.Value;
        _ = new Onigwrap.OnigScanner(["a"]);
    }

    /// <summary>
    /// The grammar of <paramref name="scope"/> over a registry of its own that shares <see cref="Theme"/>;
    /// null when this catalog has no such grammar. What <see cref="Registry.LoadGrammar"/> does, less
    /// the theme: every grammar it includes is read first, as tokenizing only looks them up.
    /// </summary>
    public IGrammar? LoadGrammar(string scope)
    {
        var registry = new SyncRegistry(Theme);
        var pending = new Queue<string>([scope]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { scope };
        while (pending.TryDequeue(out var next))
        {
            IRawGrammar? raw;
            try
            {
                raw = GetGrammar(next);
            }
            catch (Exception e) when (next != scope && e is not OutOfMemoryException)
            {
                continue; // as TextMateSharp does: an included grammar that fails to read stays out
            }
            if (raw is null) continue;
            foreach (var included in registry.AddGrammar(raw, GetInjections(next)))
                if (seen.Add(included)) pending.Enqueue(included);
        }
        return registry.GrammarForScopeName(scope, 0, null, null, null);
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    private static Dictionary<string, string> ReadPackages()
    {
        var byScope = new Dictionary<string, string>(StringComparer.Ordinal);
        // Sorted, so that a scope two packages claim resolves the same way on every run.
        foreach (var name in Resources.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(GrammarsPrefix, StringComparison.Ordinal) || !name.EndsWith(PackageSuffix, StringComparison.Ordinal)) continue;
            var package = name[GrammarsPrefix.Length..^PackageSuffix.Length];
            using var stream = Resources.GetManifestResourceStream(name);
            if (stream is null) continue;
            using var json = JsonDocument.Parse(stream);
            if (!json.RootElement.TryGetProperty("contributes", out var contributes)
                || !contributes.TryGetProperty("grammars", out var grammars)
                || grammars.ValueKind != JsonValueKind.Array) continue;
            foreach (var grammar in grammars.EnumerateArray())
            {
                if (grammar.TryGetProperty("scopeName", out var scope) && scope.GetString() is { } s
                    && grammar.TryGetProperty("path", out var path) && path.GetString() is { } p)
                {
                    // Resource names are the package folder, then the path with '/' as '.'.
                    var file = (p.StartsWith("./", StringComparison.Ordinal) ? p[2..] : p).Replace('/', '.');
                    byScope.TryAdd(s, GrammarsPrefix + package.ToLowerInvariant() + "." + file);
                }
            }
        }
        return byScope;
    }
}
