using System.CommandLine;
using System.Globalization;
using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Text;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Cli.Commands;

/// <summary>
/// <c>idocbook fonts [BOOK] [--font-path DIR]</c>: the fonts the PDF tries, in order (the book's, the
/// bundled ones, the config's fallback list, the --font-path folders), the machine's fonts behind
/// them, and for a book, which of its characters only a machine font or no font has.
/// </summary>
internal static class FontsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var book = CommandLine.BookArgument();
        var fontPath = BuildArguments.FontPathOption();
        var command = new Command("fonts", "List the fonts the PDF uses, in the order they are tried, and the system fonts behind them.") { book, fontPath };
        command.SetAction(r => Run(r.GetValue(book)!, r.GetValue(fontPath) ?? [], global.Reporter(r)));
        return command;
    }

    private static int Run(string bookPath, string[] fontPaths, Output.Reporter reporter)
    {
        var sink = new DiagnosticSink();
        var book = File.Exists(bookPath) || Directory.Exists(bookPath) ? BookReader.Read(bookPath, sink) : null;
        reporter.Diagnostics(sink, bookPath);
        var choice = Outputs.FontsFor(book?.Metadata, fontPaths);

        Console.WriteLine(book is null ? "Fonts tried, in order:" : $"Fonts tried for '{book.Metadata.Title}', in order:");
        foreach (var source in FontCatalog.Chained(choice)) Print(source);
        foreach (var role in Enum.GetValues<FontRole>())
            Console.WriteLine($"  {Name(role),-11} starts with {string.Join(", ", FontCatalog.Leading(role, choice))}");

        var system = FontCatalog.System();
        Console.WriteLine(choice.SystemFonts
            ? $"System fonts, tried only for characters none of the above has ({system.Count} in {string.Join(", ", SystemFonts.Folders())}):"
            : $"System fonts are not used (fonts: system: false); {system.Count} found:");
        foreach (var source in system) Print(source);

        if (book is not null) Coverage(book, choice);
        return reporter.ExitCode(sink);
    }

    private static void Coverage(Core.Model.Book book, FontChoice choice)
    {
        var characters = BookCharacters.Of(book);
        using var fonts = FontSet.Create(characters, choice);
        var fromSystem = characters.Select(cp => (cp, Face: fonts.FaceFor(FontRole.Body, cp)))
            .Where(x => x.Face is not null && fonts.Sources[x.Face].Origin == FontOrigin.System).ToList();
        Console.WriteLine($"The book uses {Number(characters.Count)} characters: {Number(fromSystem.Count)} only in system fonts, {Number(fonts.Missing.Count)} in no font.");
        foreach (var (cp, face) in fromSystem.Take(50)) Console.WriteLine($"  U+{cp:X4} {char.ConvertFromUtf32(cp)}  {fonts.Sources[face!].Path}");
        foreach (var cp in fonts.Missing.Take(50)) Console.WriteLine($"  U+{cp:X4} {char.ConvertFromUtf32(cp)}  no font (drawn as a box)");
    }

    private static void Print(FontSource source)
    {
        var entry = FontCatalog.Describe(source);
        var origin = source.Origin == FontOrigin.FontPath ? "font-path" : source.Origin.ToString().ToLowerInvariant();
        Console.WriteLine(entry is null
            ? $"  {origin,-9} {source.Path}  (not a readable font)"
            : $"  {origin,-9} {source.Path}  {entry.Family}, {entry.Outlines}, {Number(entry.Characters)} characters");
    }

    private static string Name(FontRole role) => role switch
    {
        FontRole.BodyBold => "bold", FontRole.BodyItalic => "italic", FontRole.BodyBoldItalic => "bold italic",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
