namespace IDocBook.Core.Text;

/// <summary>The few words the writers add themselves, in the book's language (Chinese or English).</summary>
public sealed record Labels(
    string Contents, string Landmarks, string Cover, string BodyMatter, string Image,
    string Note, string Tip, string Important, string Warning, string Caution, string AccessibilitySummary,
    string ChapterFormat, string ChaptersFormat)
{
    /// <summary>The accessibility summary of a book some of whose images have no real description.</summary>
    public required string AccessibilitySummaryUndescribed { get; init; }

    /// <summary>"Page" before a page number, for assistive technology.</summary>
    public required string Page { get; init; }

    /// <summary>The heading of the list of the print edition's pages.</summary>
    public required string PageList { get; init; }

    /// <summary>"Listing" before a listing's number.</summary>
    public required string Listing { get; init; }

    /// <summary>"Filename" before the file a listing's code belongs in.</summary>
    public required string FileName { get; init; }

    /// <summary>Between a label and what follows: ": " in English, "：" in Chinese.</summary>
    public required string Colon { get; init; }

    /// <summary>The notes for code marked <c>does_not_compile</c>, <c>panics</c> and <c>not_desired_behavior</c>.</summary>
    public required string DoesNotCompile { get; init; }
    public required string Panics { get; init; }
    public required string NotDesiredBehavior { get; init; }

    private static readonly Labels Chinese = new(
        "目录", "导览", "封面", "正文", "图片", "注意", "提示", "重要", "警告", "小心",
        "本书提供结构化导航、目录和确定的阅读顺序；图片附有替代文字。",
        "第 {0} 章", "第 {0} 章")
    {
        AccessibilitySummaryUndescribed = "本书提供结构化导航、目录和确定的阅读顺序；部分图片没有描述其内容的替代文字。",
        Page = "第 {0} 页", PageList = "页码",
        Listing = "代码清单", FileName = "文件名", Colon = "：",
        DoesNotCompile = "这段代码无法编译！", Panics = "这段代码会 panic！", NotDesiredBehavior = "这段代码的行为不符合预期。",
    };

    private static readonly Labels English = new(
        "Contents", "Landmarks", "Cover", "Start of content", "Image", "Note", "Tip", "Important", "Warning", "Caution",
        "This publication has structural navigation, a table of contents and a defined reading order; images have alternative text.",
        "Chapter {0}", "Chapters {0}")
    {
        AccessibilitySummaryUndescribed = "This publication has structural navigation, a table of contents and a defined reading order; some images have no alternative text that describes them.",
        Page = "Page {0}", PageList = "Pages",
        Listing = "Listing", FileName = "Filename", Colon = ": ",
        DoesNotCompile = "This code does not compile!", Panics = "This code panics!", NotDesiredBehavior = "This code does not produce the desired behavior.",
    };

    public static Labels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Every label a page may show, for fonts subset to the characters drawn.</summary>
    public IEnumerable<string> All =>
        [Contents, Image, Note, Tip, Important, Warning, Caution, Listing, FileName, Colon, DoesNotCompile, Panics, NotDesiredBehavior];

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

    /// <summary>"Listing 2-1" (or just "Listing" for a listing without a number).</summary>
    public string ListingTitle(string? number) => string.IsNullOrWhiteSpace(number) ? Listing : $"{Listing} {number.Trim()}";

    /// <summary>The note for a code block's marks, or null when it has none of them (see <see cref="Model.CodeNotes"/>).</summary>
    public string? CodeNote(Model.CodeNoteKind? kind) => kind switch
    {
        Model.CodeNoteKind.DoesNotCompile => DoesNotCompile,
        Model.CodeNoteKind.Panics => Panics,
        Model.CodeNoteKind.NotDesiredBehavior => NotDesiredBehavior,
        _ => null,
    };
}
