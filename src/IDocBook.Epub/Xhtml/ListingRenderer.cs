using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// A listing as a figure: the file name above the code, the code, and "Listing 2-1: caption" as
/// its <c>figcaption</c> (which HTML allows only first or last, so it goes last).
/// </summary>
internal static class ListingRenderer
{
    public static void Write(XhtmlRenderer r, Listing listing)
    {
        r.Start("figure", "listing");
        r.Newline();
        if (listing.FileName is { } file)
        {
            r.Start("p", "listing-file");
            r.Text(r.Context.Labels.FileName + r.Context.Labels.Colon);
            r.Start("code");
            r.Text(file);
            r.End();
            r.End();
            r.Newline();
        }
        r.Blocks(listing.Content);
        if (ListingCaption.Of(listing, r.Context.Labels) is { Count: > 0 } caption)
        {
            r.Start("figcaption");
            r.Inlines(caption);
            r.End();
            r.Newline();
        }
        r.End();
        r.Newline();
    }
}
