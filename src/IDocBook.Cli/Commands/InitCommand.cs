using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Loading;

namespace IDocBook.Cli.Commands;

/// <summary>
/// <c>idocbook init [DIR] [--lang zh-CN|en|…] [--title …]</c>: writes a small book that builds with no
/// warnings, to start from. Never overwrites: a folder that holds a book, or any of the files, is refused.
/// </summary>
internal static partial class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to start the book in; made when missing.", DefaultValueFactory = _ => "." };
        var language = new Option<string>("--lang") { Description = "The book's language, a BCP 47 tag such as en or zh-CN; Chinese tags get Chinese chapters.", DefaultValueFactory = _ => "en" };
        var title = new Option<string?>("--title") { Description = "The book's title; the folder's name by default." };
        language.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && !LanguageTag().IsMatch(value)) r.AddError($"--lang '{value}' is not a language tag such as en or zh-CN.");
        });
        var command = new Command("init", "Start a new book: book.yml, SUMMARY.md, two chapters, an image and .gitignore.") { folder, language, title };
        command.SetAction(r => Run(r.GetValue(folder)!, r.GetValue(language)!, r.GetValue(title)));
        return command;
    }

    internal static int Run(string folder, string language, string? title)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        title = string.IsNullOrWhiteSpace(title) ? Path.GetFileName(root) : title.Trim();
        if (title.Length == 0) title = "Book";
        if (Directory.Exists(root) && BookLoader.IsBookFolder(root))
        {
            Console.Error.WriteLine($"{folder}: error: the folder already holds a book. Run init in an empty or new folder.");
            return ExitCodes.BookErrors;
        }
        var files = BookTemplate.Files(title, language);
        if (files.Select(f => f.Path).FirstOrDefault(p => Path.Exists(Path.Combine(root, p))) is { } taken)
        {
            Console.Error.WriteLine($"{Path.Combine(folder, taken)}: error: the file already exists and init never overwrites. Move it away, or run init in another folder.");
            return ExitCodes.BookErrors;
        }
        var written = new List<string>();
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // CreateNew: a file that appeared since the check above is still never overwritten.
                using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
                {
                    written.Add(full);
                    stream.Write(new UTF8Encoding(false).GetBytes(text));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var file in written) File.Delete(file);
            Console.Error.WriteLine($"{folder}: error: cannot write the book: {e.Message}");
            return ExitCodes.BookErrors;
        }
        Console.WriteLine($"Started '{title}' in {folder}: {string.Join(", ", files.Select(f => f.Path))}.");
        var build = Path.GetFullPath(folder) == Path.GetFullPath(".") ? "idocbook build" : $"idocbook build {folder}";
        Console.WriteLine($"Build it with: {build}");
        return ExitCodes.Success;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
