namespace IDocBook.Core.Loading;

/// <summary>
/// How far a book may read: its own folder, widened to the repository it lives in (the nearest
/// ancestor holding <c>.git</c>, a folder or a worktree's file), because books include examples from
/// beside them (mdBook's guide includes <c>../../../examples/*.rs</c>); or to the ancestor its config
/// names (<c>project-root</c>). Never to the file system's root or a folder that holds the user's home,
/// where a dotfiles repository would otherwise open every secret to a book's includes.
/// </summary>
public static class ReadBoundary
{
    /// <summary>The enclosing repository of <paramref name="bookFolder"/>, or the folder itself.</summary>
    public static string For(string bookFolder)
    {
        var folder = Path.GetFullPath(bookFolder);
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return IsTooWide(dir.FullName) ? folder : dir.FullName;
        }
        return folder;
    }

    /// <summary>
    /// The folder a config's <c>project-root</c> names, relative to the book folder, when it is the
    /// book folder or one of its ancestors; null (with the reason) when it may not be used.
    /// </summary>
    public static string? Named(string bookFolder, string value, out string? why)
    {
        why = null;
        var book = Path.GetFullPath(bookFolder);
        if (Path.IsPathRooted(value))
        {
            why = "is an absolute path";
            return null;
        }
        var named = Path.GetFullPath(Path.Combine(book, value));
        var prefix = named.EndsWith(Path.DirectorySeparatorChar) ? named : named + Path.DirectorySeparatorChar;
        if (named != book && !book.StartsWith(prefix, StringComparison.Ordinal))
        {
            why = "is not the book folder or a folder that holds it";
            return null;
        }
        if (IsTooWide(named))
        {
            why = "is the file system's root or holds the home folder";
            return null;
        }
        return named;
    }

    private static bool IsTooWide(string folder)
    {
        if (Path.GetPathRoot(folder) == folder) return true;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0) return false;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return home == folder || home.StartsWith(prefix, StringComparison.Ordinal);
    }
}
