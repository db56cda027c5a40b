namespace IDocBook.Bench;

/// <summary>
/// A generated book: its chapters and the Markdown bytes of each, and whether it is the realistic
/// kind (<see cref="RealisticBook"/>: distinct code, screenshots) or the original one
/// (<see cref="SyntheticBook"/>: a quarter of its code blocks repeat, one small PNG).
/// </summary>
internal sealed record BookProfile(string Name, int Chapters, int ChapterBytes, bool Realistic = false)
{
    // About one A4 page per 1.8 KB of the generated Markdown, five pages to a chapter.
    private const int BytesPerPage = 1800;

    public static BookProfile Pages(int pages) => new($"{pages} pages", Math.Max(2, pages / 5), 5 * BytesPerPage);

    /// <summary>The Chinese GitBook of the first Pandoc figures: 200 chapters, about 850 KB, 1,200 code blocks, many repeated.</summary>
    public static readonly BookProfile PandocSized = new("synthetic (Pandoc-sized, repeating code)", 200, 2100);

    /// <summary>Shaped like the real 196-file, 855 KB book of issue 18: every code block distinct, 36 screenshots.</summary>
    public static readonly BookProfile RealShaped = new("realistic (distinct code, screenshots)", 200, 2400, Realistic: true);
}
