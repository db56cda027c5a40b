namespace IDocBook.Tests.Support;

/// <summary>
/// Runs the CLI entry point with Console.Out and Console.Error captured. The console is global to
/// the process, so every test using this belongs to the <see cref="ConsoleCollection"/>, which runs alone.
/// </summary>
internal static class ConsoleCapture
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = IDocBook.Cli.Commands.CommandLine.Run(args);
            return new Result(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
