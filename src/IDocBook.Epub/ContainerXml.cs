namespace IDocBook.Epub;

/// <summary><c>META-INF/container.xml</c>: points readers at the package document.</summary>
internal static class ContainerXml
{
    public const string PackagePath = "OEBPS/content.opf";

    public static byte[] Write() => System.Text.Encoding.UTF8.GetBytes(
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <container version="1.0" xmlns="{Ns.Container}">
          <rootfiles>
            <rootfile full-path="{PackagePath}" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """.ReplaceLineEndings("\n"));
}
