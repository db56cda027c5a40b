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

    public static bool CannotStartLine(char c) => NoStart.Contains(c);

    public static bool CannotEndLine(char c) => NoEnd.Contains(c);
}
