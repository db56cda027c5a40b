using System.CommandLine;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook explain [CODE]</c>: the longer help of a diagnostic code, or the list of all codes.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string?>("CODE") { Description = "A diagnostic code such as IDB0303; without one, every code is listed.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Explain a diagnostic code: what it means and what to do.") { code };
        command.SetAction(r => Run(r.GetValue(code)));
        return command;
    }

    private static int Run(string? code)
    {
        if (code is null)
        {
            foreach (var (_, c) in Codes.All)
                Console.WriteLine($"{c.Id}  {Level(c.Severity),-7}  {Explanations.For(c.Id)?.Summary}");
            return ExitCodes.Success;
        }
        var known = Codes.Find(code);
        if (known is null || Explanations.For(known.Id) is not { } entry)
        {
            Console.Error.WriteLine($"error: '{code}' is not an IDocBook diagnostic code. Run 'idocbook explain' to list them.");
            return ExitCodes.Usage;
        }
        Console.WriteLine($"{known.Id} ({Level(known.Severity)}): {entry.Summary}");
        if (entry.Help.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine(entry.Help);
        }
        return ExitCodes.Success;
    }

    private static string Level(Severity severity) => severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
