using System.Globalization;
using System.Text;

namespace IDocBook.Bench;

/// <summary>
/// Writes a generated book's chapters as chapters/0001.md … and its SUMMARY.md, with a part heading
/// every few chapters: the layout every benchmark book shares, whatever its chapters hold.
/// </summary>
internal static class GeneratedChapters
{
    /// <summary>A chapter's file name, as the summary and cross-chapter links name it.</summary>
    public static string Name(int chapter) => chapter.ToString("D4", CultureInfo.InvariantCulture) + ".md";

    /// <param name="summary">The summary so far (its heading and the preface); the chapters are appended.</param>
    /// <param name="partEvery">Chapters per part.</param>
    /// <param name="part">The title of part n.</param>
    /// <param name="title">The summary's title of chapter n.</param>
    /// <param name="chapter">Chapter n's Markdown and its number of code blocks; called in order.</param>
    public static BookSize Write(string root, int chapters, StringBuilder summary, int partEvery,
        Func<int, string> part, Func<int, string> title, Func<int, (string Text, int CodeBlocks)> chapter)
    {
        Directory.CreateDirectory(Path.Combine(root, "chapters"));
        long bytes = 0;
        var blocks = 0;
        for (var c = 1; c <= chapters; c++)
        {
            if (c % partEvery == 1) summary.Append(CultureInfo.InvariantCulture, $"\n## {part(c / partEvery + 1)}\n\n");
            summary.Append(CultureInfo.InvariantCulture, $"* [{title(c)}](chapters/{Name(c)})\n");
            var (text, code) = chapter(c);
            File.WriteAllText(Path.Combine(root, "chapters", Name(c)), text);
            bytes += Encoding.UTF8.GetByteCount(text);
            blocks += code;
        }
        File.WriteAllText(Path.Combine(root, "SUMMARY.md"), summary.ToString());
        return new BookSize(chapters, bytes, blocks);
    }
}
