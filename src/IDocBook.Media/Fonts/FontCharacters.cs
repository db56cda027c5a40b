namespace IDocBook.Media.Fonts;

/// <summary>Which characters a font file has, read without loading the file (see <see cref="FontCmap"/>).</summary>
public static class FontCharacters
{
    /// <summary>Which of <paramref name="codePoints"/> the font's cmap maps; empty when the file is no readable font.</summary>
    public static HashSet<int> Covered(string fontPath, IEnumerable<int> codePoints)
    {
        using var cmap = FontCmap.Open(fontPath);
        return cmap is null ? [] : codePoints.Where(cmap.Has).ToHashSet();
    }
}
