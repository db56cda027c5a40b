using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using IDocBook.Core.Loading;

namespace IDocBook.Cli.Commands;

/// <summary>The verbs and their shared options. Usage errors exit 2, as the README promises.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("IDocBook: Markdown books to EPUB 3 and PDF, made for Chinese text.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            WatchCommand.Create(),
            FontsCommand.Create(),
            InitCommand.Create(),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion();
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'idocbook --help' for usage.");
            return ExitCodes.Usage;
        }
        return result.Invoke();
    }

    /// <summary>The version with the commit it was built from, as <c>idocbook 0.2.0+3f2c1ab</c>.</summary>
    public static string Version =>
        "idocbook " + (typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }

    public static Argument<string> BookArgument()
    {
        var argument = new Argument<string>("BOOK")
        {
            Description = "A book folder (SUMMARY.md, book.yml, book.toml or book.json) or a single .md file.",
            // A book's own folder, or the repository root with the book in book/ (this project's layout).
            DefaultValueFactory = _ => BookLoader.IsBookFolder(".") ? "." : "book",
        };
        // Otherwise a mistyped option would be taken for a book path and reported as a missing book.
        argument.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && value.StartsWith('-')) r.AddError($"unknown option '{value}'");
        });
        return argument;
    }
}
