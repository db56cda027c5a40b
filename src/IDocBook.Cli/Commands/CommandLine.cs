using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using IDocBook.Core.Loading;

namespace IDocBook.Cli.Commands;

/// <summary>
/// The verbs and their shared options. Usage errors exit 2, as the README promises; an exception
/// that escapes a command is an internal error (exit 3, see <see cref="InternalError"/>).
/// </summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        // No arguments: the usage, as --help prints it (and as git, cargo and docker do).
        if (args.Length == 0) args = ["--help"];
        var global = new GlobalOptions();
        var root = new RootCommand("IDocBook: Markdown books to EPUB 3 and PDF, made for Chinese text.")
        {
            BuildCommand.Create(global),
            CheckCommand.Create(global),
            WatchCommand.Create(global),
            FontsCommand.Create(global),
            InitCommand.Create(),
            ExplainCommand.Create(),
        };
        global.AddTo(root);
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion();
        ParseResult result;
        try
        {
            result = root.Parse(args);
        }
        catch (Exception e)
        {
            return InternalError.Report(e, args.Contains("-v") || args.Contains("--verbose"), Console.Error);
        }
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine($"error: {error.Message.TrimEnd('.')}.");
            Console.Error.WriteLine("Run 'idocbook --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            // Exceptions come here rather than to System.CommandLine's handler, which prints a stack trace and exits 1.
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return InternalError.Report(e, global.Verbose(result), Console.Error);
        }
    }

    /// <summary>The version with the commit it was built from, as <c>idocbook 0.2.0+3f2c1ab</c>.</summary>
    public static string Version => "idocbook " + VersionNumber;

    /// <summary>The version alone: <c>0.2.0+3f2c1ab</c>.</summary>
    public static string VersionNumber =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

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
