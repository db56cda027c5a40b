using System.Text;

namespace IDocBook.Core.Text;

/// <summary>Character classes that matter for Chinese and Japanese text.</summary>
public static class Cjk
{
    /// <summary>
    /// Han, kana, bopomofo, CJK symbols and full-width forms: scripts written without spaces between
    /// words. Hangul is left out on purpose: Korean separates words with spaces.
    /// </summary>
    public static bool IsWide(int c) =>
        c is >= 0x2E80 and <= 0x2FDF      // radicals
          or >= 0x3000 and <= 0x303F      // CJK symbols and punctuation
          or >= 0x3040 and <= 0x31FF      // kana, bopomofo, strokes
          or >= 0x3400 and <= 0x4DBF      // extension A
          or >= 0x4E00 and <= 0x9FFF      // unified ideographs
          or >= 0xF900 and <= 0xFAFF      // compatibility ideographs
          or >= 0xFE30 and <= 0xFE4F      // vertical and compatibility forms
          or >= 0xFF00 and <= 0xFF60      // full-width forms
          or >= 0xFFE0 and <= 0xFFE6
          or >= 0x20000 and <= 0x3FFFF;   // extensions B and later

    /// <summary>
    /// Whether a source line break between these two characters should vanish instead of
    /// becoming a space: Chinese has no spaces, and full-width punctuation carries its own.
    /// A quote, dash or ellipsis next to a wide character joins too ("这本书……" then "值得").
    /// </summary>
    public static bool JoinsWithoutSpace(Rune before, Rune after) =>
        IsWide(before.Value) ? IsWide(after.Value) || ScriptContext.IsAmbiguous(after.Value)
        : IsWide(after.Value) && ScriptContext.IsAmbiguous(before.Value);

    public static Rune? LastRune(string s) =>
        s.Length == 0 ? null : Rune.DecodeLastFromUtf16(s, out var r, out _) == System.Buffers.OperationStatus.Done ? r : null;

    public static Rune? FirstRune(string s) =>
        s.Length == 0 ? null : Rune.DecodeFromUtf16(s, out var r, out _) == System.Buffers.OperationStatus.Done ? r : null;

    /// <summary>Folds runs of whitespace that contain a line break the way <see cref="JoinsWithoutSpace"/> says.</summary>
    public static string FoldLineBreaks(string text)
    {
        if (!text.Contains('\n')) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] == '\u3000') { sb.Append(text[i++]); continue; }
            var start = i;
            var newline = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u3000') newline |= text[i++] == '\n';
            if (!newline) { sb.Append(text, start, i - start); continue; }
            var before = sb.Length == 0 ? (Rune?)null
                : sb.Length > 1 && char.IsSurrogatePair(sb[^2], sb[^1]) ? new Rune(sb[^2], sb[^1])
                : Rune.TryCreate(sb[^1], out var single) ? single : null;
            var after = i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var next, out _) == System.Buffers.OperationStatus.Done ? next : (Rune?)null;
            if (before is { } b && after is { } a && JoinsWithoutSpace(b, a)) continue;
            sb.Append(' ');
        }
        return sb.ToString();
    }
}
