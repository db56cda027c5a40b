namespace IDocBook.Bench;

/// <summary>A size of generated book: its chapters and the Markdown bytes of each.</summary>
internal sealed record BookProfile(string Name, int Chapters, int ChapterBytes)
{
    // About one A4 page per 1.8 KB of the generated Markdown, five pages to a chapter.
    private const int BytesPerPage = 1800;

    public static BookProfile Pages(int pages) => new($"{pages} pages", Math.Max(2, pages / 5), 5 * BytesPerPage);

    /// <summary>Near the Chinese GitBook of the Pandoc figures (200 chapters, 1,200 code blocks); its ~1.1 MB is more than that book's 850 KB, as tables and lists come with every code block.</summary>
    public static readonly BookProfile PandocSized = new("Pandoc comparison", 200, 3300);
}
