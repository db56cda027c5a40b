namespace IDocBook.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries upwards.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IDocBook.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("IDocBook.sln not found above " + AppContext.BaseDirectory);
    }
}
