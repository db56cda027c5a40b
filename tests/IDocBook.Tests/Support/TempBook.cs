namespace IDocBook.Tests.Support;

/// <summary>A book folder in a temporary directory, deleted at the end of the test.</summary>
internal sealed class TempBook : IDisposable
{
    public TempBook() => Directory.CreateDirectory(Root = Path.Combine(Path.GetTempPath(), "idocbook-test-" + Guid.NewGuid().ToString("N")));

    public string Root { get; }

    public TempBook With(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TempBook With(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}
