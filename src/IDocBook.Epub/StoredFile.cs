namespace IDocBook.Epub;

/// <summary>A file of the package: its path under <c>OEBPS/</c>, manifest id, media type and bytes.</summary>
internal sealed record StoredFile(string Path, string Id, string MediaType, byte[] Data);
