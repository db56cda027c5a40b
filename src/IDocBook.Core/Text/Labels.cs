namespace IDocBook.Core.Text;

/// <summary>The few words the writers add themselves, in the book's language (Chinese or English).</summary>
public sealed record Labels(
    string Contents, string Landmarks, string Cover, string BodyMatter, string Image,
    string Note, string Tip, string Important, string Warning, string Caution, string AccessibilitySummary,
    string ChapterFormat, string ChaptersFormat)
{
    private static readonly Labels Chinese = new(
        "目录", "导览", "封面", "正文", "图片", "注意", "提示", "重要", "警告", "小心",
        "本书提供结构化导航、目录和确定的阅读顺序；图片附有替代文字。",
        "第 {0} 章", "第 {0} 章");

    private static readonly Labels English = new(
        "Contents", "Landmarks", "Cover", "Start of content", "Image", "Note", "Tip", "Important", "Warning", "Caution",
        "This publication has structural navigation, a table of contents and a defined reading order; images have alternative text.",
        "Chapter {0}", "Chapters {0}");

    public static Labels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>The title of a GitHub-style alert kind (<c>note</c>, <c>tip</c> …), or null for an unknown kind.</summary>
    public string? AlertTitle(string kind) => kind switch
    {
        "note" => Note,
        "tip" => Tip,
        "important" => Important,
        "warning" => Warning,
        "caution" => Caution,
        _ => null,
    };
}
