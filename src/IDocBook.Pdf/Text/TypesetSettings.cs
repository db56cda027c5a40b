namespace IDocBook.Pdf.Text;

/// <summary>How full-width Chinese punctuation is set (W3C clreq §3.1.5).</summary>
public enum PunctuationStyle
{
    /// <summary>全角式: every mark takes a full em, except where two meet: then one of them gives up its blank half.</summary>
    FullWidth,
    /// <summary>开明式: only 。！？ keep a full em; commas, colons, brackets and quotes take half.</summary>
    Kaiming,
}

/// <summary>Book-wide rules of the text setting, from the config.</summary>
public sealed record TypesetSettings
{
    public static readonly TypesetSettings Default = new();

    public PunctuationStyle Punctuation { get; init; } = PunctuationStyle.FullWidth;

    /// <summary>Let ，。、． at a line end hang into the right margin.</summary>
    public bool HangingPunctuation { get; init; }

    /// <summary>Hyphenate Latin words (English patterns); off for books in a language we have no patterns for.</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>Whether English patterns suit a book in <paramref name="language"/>: English, and CJK books, whose Latin words are English terms.</summary>
    public static bool HyphenatesLatinIn(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary is "en" or "zh" or "ja" or "ko";
    }
}
