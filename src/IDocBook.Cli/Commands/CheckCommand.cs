using System.CommandLine;
using IDocBook.Core;
using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Commands;

/// <summary><c>idocbook check [BOOK]</c>: every diagnostic a build would give, without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var book = CommandLine.BookArgument();
        var command = new Command("check", "Check links, anchors, images and includes without writing output.") { book };
        command.SetAction(r => Run(r.GetValue(book)!));
        return command;
    }

    private static int Run(string bookPath)
    {
        var sink = new DiagnosticSink();
        var book = BookInput.Read(bookPath, sink);
        DiagnosticPrinter.Print(sink, bookPath);
        var chapters = book?.Chapters.Count() ?? 0;
        Console.WriteLine($"Checked {chapters} chapter{(chapters == 1 ? "" : "s")}: {DiagnosticPrinter.Counts(sink)}.");
        return sink.HasErrors ? ExitCodes.BookErrors : ExitCodes.Success;
    }
}
