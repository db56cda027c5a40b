namespace IDocBook.Epub;

internal static class Ns
{
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Epub = "http://www.idpf.org/2007/ops";
    public const string Opf = "http://www.idpf.org/2007/opf";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    public const string Container = "urn:oasis:names:tc:opendocument:xmlns:container";
}
