using System.Text;

namespace IDocBook.Cli.Commands;

/// <summary>
/// The starter book <c>init</c> writes: a commented <c>book.yml</c>, a summary, two chapters that
/// show headings, a table, code, a footnote, an image and a link, and a <c>.gitignore</c> for the
/// outputs. Chapters come in Chinese for a <c>zh</c> language and in English otherwise.
/// </summary>
internal static class BookTemplate
{
    /// <summary>Book-relative path → text, in writing order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title, string language)
    {
        var chapters = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
        var names = typeof(BookTemplate).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Templates/", StringComparison.Ordinal));
        var files = new List<(string, string)>();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var path = name["Templates/".Length..];
            var folder = path[..path.IndexOf('/')];
            if (folder != "common" && folder != chapters) continue;
            path = path[(folder.Length + 1)..];
            if (path == "gitignore") path = ".gitignore"; // a dot file in the source tree would ignore files there
            var text = Read(name);
            text = path == "book.yml"
                ? text.Replace("$title$", YamlString(title), StringComparison.Ordinal).Replace("$language$", language, StringComparison.Ordinal)
                : text.Replace("$title$", title, StringComparison.Ordinal);
            files.Add((path, text));
        }
        return files;
    }

    private static string Read(string resource)
    {
        using var stream = typeof(BookTemplate).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // A double-quoted YAML scalar: a title may hold ': ', '#' or quotes.
    private static string YamlString(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
