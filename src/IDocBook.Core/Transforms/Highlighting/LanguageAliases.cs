namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// What authors write after the fence → the TextMate scope of a grammar that TextMateSharp.Grammars
/// ships. Explicit rather than taken from the grammars' own alias lists: those miss common fence
/// names (<c>console</c>, <c>golang</c>, <c>yml</c>, <c>node</c>) and carry odd ones, and a table we
/// own keeps the output stable when the package is upgraded. A test loads every scope listed here.
/// </summary>
internal static class LanguageAliases
{
    // TOML has no grammar in TextMateSharp.Grammars 2.0.5, so `toml` stays plain.
    private static readonly (string Scope, string[] Names)[] Table =
    [
        ("source.shell", ["bash", "sh", "shell", "zsh", "ksh", "shellscript"]),
        ("source.dockerfile", ["dockerfile", "docker", "containerfile"]),
        ("source.yaml", ["yaml", "yml"]),
        ("source.json", ["json"]),
        ("source.json.comments", ["jsonc", "json5"]),
        ("source.go", ["go", "golang"]),
        ("source.python", ["python", "py", "python3", "py3"]),
        ("source.cs", ["csharp", "cs", "c#"]),
        ("source.js", ["javascript", "js", "node", "mjs", "cjs"]),
        ("source.js.jsx", ["jsx"]),
        ("source.ts", ["typescript", "ts"]),
        ("source.tsx", ["tsx"]),
        ("source.java", ["java"]),
        ("source.rust", ["rust", "rs"]),
        ("source.c", ["c", "h"]),
        ("source.cpp", ["cpp", "c++", "cxx", "cc", "hpp"]),
        ("source.sql", ["sql", "mysql", "psql", "postgresql"]),
        ("text.xml", ["xml", "svg"]),
        ("text.html.derivative", ["html", "htm", "xhtml"]),
        ("source.css", ["css"]),
        ("source.css.scss", ["scss"]),
        ("source.css.less", ["less"]),
        ("source.ini", ["ini", "properties", "cfg", "editorconfig", "gitconfig"]),
        ("text.html.markdown", ["markdown", "md"]),
        ("source.makefile", ["makefile", "make", "mk"]),
        ("source.diff", ["diff", "patch"]),
        ("source.powershell", ["powershell", "ps1", "pwsh"]),
        ("source.batchfile", ["bat", "batch", "cmd"]),
        ("source.ruby", ["ruby", "rb"]),
        ("source.php", ["php"]),
        ("source.lua", ["lua"]),
        ("source.perl", ["perl", "pl"]),
        ("source.r", ["r"]),
        ("source.swift", ["swift"]),
        ("source.dart", ["dart"]),
        ("source.groovy", ["groovy", "gradle", "jenkinsfile"]),
        ("source.fsharp", ["fsharp", "fs", "f#"]),
        ("source.asp.vb.net", ["vb", "vbnet", "vb.net"]),
        ("source.clojure", ["clojure", "clj"]),
        ("source.julia", ["julia", "jl"]),
        ("text.tex.latex", ["latex"]),
        ("text.tex", ["tex"]),
        ("source.ignore", ["gitignore", "dockerignore", "ignore"]),
    ];

    private static readonly Dictionary<string, string> ScopeByName = Table
        .SelectMany(row => row.Names.Select(name => (name, row.Scope)))
        .ToDictionary(p => p.name, p => p.Scope, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Terminal sessions: commands after a prompt, then what they printed. Only the command lines are
    /// coloured (as shell); the output is whatever the program wrote, and colouring it as shell turned
    /// every quote and <c>#</c> in it into a string or a comment. (<c>text</c>, <c>output</c>,
    /// <c>plain</c> and no language at all are in no table, so they stay plain.)
    /// </summary>
    private static readonly HashSet<string> Sessions = new(["console", "shell-session", "sh-session", "terminal", "shellsession"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every alias with its scope, for tests and documentation.</summary>
    public static IReadOnlyDictionary<string, string> All => ScopeByName;

    /// <summary>
    /// The grammar scope for a fence info string, or null when we have no grammar. Only the first
    /// word counts; <c>rust,no_run</c> and <c>{.python}</c> are forms real books use.
    /// </summary>
    public static string? ScopeFor(string? info)
    {
        var name = FirstWord(info);
        if (name.IsEmpty) return null;
        if (Sessions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return "source.shell";
        return ScopeByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var scope) ? scope : null;
    }

    /// <summary>Whether the fence names a terminal session, whose prompt lines alone are coloured (see <see cref="Sessions"/>).</summary>
    public static bool IsSession(string? info)
    {
        var name = FirstWord(info);
        return !name.IsEmpty && Sessions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    private static ReadOnlySpan<char> FirstWord(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return [];
        var span = info.AsSpan().Trim().TrimStart("{.");
        var end = span.IndexOfAny(" \t,{};");
        return end < 0 ? span : span[..end];
    }
}
