using System.Buffers;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Characters a Chinese line may not start with (closing punctuation, pause marks, iteration marks)
/// or end with (opening brackets and quotes). ICU's <c>zh</c> line rules already keep most of them in
/// place; what ICU 72 still allows — a line starting with · (U+00B7), ～ (U+FF5E), 〃 — and the breaks we
/// make ourselves (grapheme fallback for long URLs) are filtered with these sets.
/// </summary>
internal static class Kinsoku
{
    private const string NoStart =
        "，。、；：？！）」』》〉】〕〗〙〛］｝…‥·・～〜〃ー々〻" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
        "％‰℃°′″’”｡､｣･．，：；？！" +
        ",.;:?!)]}%";

    private const string NoEnd = "（「『《〈【〔〖〘〚［｛“‘｢([{";

    // Asked at every break candidate: vectorised sets instead of scanning the strings.
    private static readonly SearchValues<char> NoStartSet = SearchValues.Create(NoStart);
    private static readonly SearchValues<char> NoEndSet = SearchValues.Create(NoEnd);

    public static bool CannotStartLine(char c) => NoStartSet.Contains(c);

    public static bool CannotEndLine(char c) => NoEndSet.Contains(c);
}
