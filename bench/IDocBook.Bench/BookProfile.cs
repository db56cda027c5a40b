namespace IDocBook.Bench;

/// <summary>A size of generated book: its chapters and the Markdown bytes of each.</summary>
internal sealed record BookProfile(string Name, int Chapters, int ChapterBytes)
{
    // About one A4 page per 1.8 KB of the generated Markdown, five pages to a chapter.
    private const int BytesPerPage = 1800;

    public static BookProfile Pages(int pages) => new($"{pages} pages", Math.Max(2, pages / 5), 5 * BytesPerPage);

    /// <summary>The Chinese GitBook of the Pandoc figures: 200 chapters, about 850 KB, 1,200 code blocks.</summary>
    public static readonly BookProfile PandocSized = new("Pandoc comparison", 200, 2100);
}
