namespace IDocBook.Pdf.Fonts;

/// <summary>
/// The font files installed on this machine, in the folders fontconfig and the desktop systems use,
/// sorted by path so the same machine always picks the same file. Only TrueType and OpenType files
/// (.ttf, .otf, and the first face of .ttc/.otc collections) are listed.
/// </summary>
public static class SystemFonts
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    /// <summary>The folders looked in, those that exist, in this order.</summary>
    public static IReadOnlyList<string> Folders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share");
        string[] candidates = OperatingSystem.IsWindows()
            ? [Environment.GetFolderPath(Environment.SpecialFolder.Fonts), Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts")]
            : OperatingSystem.IsMacOS()
                ? ["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")]
                : ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(data, "fonts"), Path.Combine(home, ".fonts")];
        return [.. candidates.Where(f => f.Length > 0 && Directory.Exists(f)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every font file under <paramref name="folders"/>, sorted by path; unreadable folders are skipped.</summary>
    public static IReadOnlyList<string> FilesIn(IEnumerable<string> folders)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            try
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(folder, "*", options))
                    if (Extensions.Contains(Path.GetExtension(file).ToLowerInvariant())) files.Add(Path.GetFullPath(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that vanished or cannot be read holds no font for us.
            }
        }
        return [.. files];
    }
}
