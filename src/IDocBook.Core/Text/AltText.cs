using System.Text.RegularExpressions;

namespace IDocBook.Core.Text;

/// <summary>
/// Alt text that describes nothing: empty, a generic word (<c>image</c>, <c>图</c>, <c>截图 2</c>), a
/// file name or an address. A reader who cannot see the image learns nothing from it, so the EPUB
/// does not claim its images have alternative text while one has this.
/// </summary>
public static partial class AltText
{
    /// <summary>Why <paramref name="alt"/> is no description of the image at <paramref name="url"/>, or null when it is one.</summary>
    public static string? Problem(string alt, string url)
    {
        var text = alt.Trim();
        if (text.Length == 0) return "has no alt text";
        var bare = text.Trim('[', ']', '(', ')', '“', '”', '"', '\'', '「', '」', '：', ':', '.', '。');
        if (Generic().IsMatch(bare)) return $"has the placeholder alt text '{text}'";
        var file = FileName(url);
        if (Address().IsMatch(bare) || FileLike().IsMatch(bare)
            || file.Length > 0 && (bare.Equals(file, StringComparison.OrdinalIgnoreCase) || bare.Equals(Path.GetFileNameWithoutExtension(file), StringComparison.OrdinalIgnoreCase) && !bare.Contains(' ')))
            return $"has a file name or address as its alt text ('{text}')";
        return null;
    }

    private static string FileName(string url)
    {
        var path = url.Split('?', '#')[0];
        var slash = path.LastIndexOfAny(['/', '\\']);
        return Uri.UnescapeDataString(slash >= 0 ? path[(slash + 1)..] : path);
    }

    // Words that name the kind of thing, not what it shows, in English and Chinese, with an optional number.
    [GeneratedRegex(@"^(?:image|img|picture|pic|photo|figure|fig|screenshot|screen\s*shot|screen|diagram|chart|graph|illustration|icon|alt|alt\s*text|placeholder|untitled|图|图片|图像|图示|截图|截屏|插图|照片|配图|示意图|屏幕截图)[\s_\-.#:：]*[\d一二三四五六七八九十百]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"^[\w\-. %]+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|avif|ico)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileLike();

    [GeneratedRegex(@"^(?:https?://|data:|\.{0,2}/)\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
