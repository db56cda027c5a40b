using IDocBook.Core.Model;

namespace IDocBook.Core.Text;

/// <summary>
/// What both writers print under a listing: <b>Listing 2-1:</b> and the author's caption ("代码清单
/// 2-1：" in a Chinese book); just the label when there is no caption, nothing when there is neither
/// a number nor a caption.
/// </summary>
public static class ListingCaption
{
    public static IReadOnlyList<Inline> Of(Listing listing, Labels labels)
    {
        if (listing.Number is null && listing.Caption.Count == 0) return [];
        var title = labels.ListingTitle(listing.Number);
        if (listing.Caption.Count == 0) return [new Strong([new Model.Text(title, listing.Source)], listing.Source)];
        var colon = labels.Colon.TrimEnd();
        var space = labels.Colon.Length > colon.Length ? " " : "";
        return [new Strong([new Model.Text(title + colon, listing.Source)], listing.Source), new Model.Text(space, listing.Source), .. listing.Caption];
    }
}
