using IDocBook.Core.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Images stored in the package become <c>&lt;img&gt;</c>; missing, remote or unusable ones become a
/// visible placeholder with their alt text, never a broken <c>&lt;img&gt;</c>.
/// </summary>
internal static partial class ImageRenderer
{
    public static void WriteInline(XhtmlRenderer r, Image image)
    {
        var file = r.Context.Resources.Find(image.ResourceHref);
        if (file is null)
        {
            r.Start("span", "image-missing");
            r.CommonAttributes(image.Attributes with { Classes = [] });
            r.Text($"[{r.Context.Labels.Image}: {(image.Alt.Length > 0 ? image.Alt : image.Url)}]");
            r.End();
            return;
        }
        r.Start("img");
        r.CommonAttributes(image.Attributes);
        r.Attribute("src", "../" + file.Path);
        r.W.WriteAttributeString("alt", XmlText.Clean(image.Alt));
        r.Attribute("title", image.Title);
        r.Attribute("style", SizeStyle(image.Attributes));
        r.End();
    }

    public static void WriteFigure(XhtmlRenderer r, Figure figure)
    {
        r.Start("figure");
        r.Newline();
        WriteInline(r, figure.Image);
        r.Newline();
        if (figure.Caption.Count > 0)
        {
            r.Start("figcaption");
            r.Inlines(figure.Caption);
            r.End();
            r.Newline();
        }
        r.End();
        r.Newline();
    }

    /// <summary>A drawn diagram: its SVG image, described by the author's description or its source, and its title as the caption.</summary>
    public static void WriteDiagram(XhtmlRenderer r, Diagram diagram)
    {
        r.Start("figure", "diagram");
        r.Newline();
        r.Start("img");
        r.Attribute("src", "../" + r.Context.Resources.Diagram(diagram).Path);
        r.W.WriteAttributeString("alt", XmlText.Clean(diagram.Description ?? diagram.Code.Trim()));
        r.End();
        r.Newline();
        if (diagram.Title is { Length: > 0 } title)
        {
            r.Start("figcaption");
            r.Text(title);
            r.End();
            r.Newline();
        }
        r.End();
        r.Newline();
    }

    // Raw HTML sizes (width="300", width="50%") become CSS so max-width: 100% can still shrink the
    // image; only the width is kept when both are given, so shrinking keeps the aspect ratio.
    private static string? SizeStyle(Attributes attributes)
    {
        if (Length(attributes.Get("width")) is { } width) return $"width: {width};";
        return Length(attributes.Get("height")) is { } height ? $"height: {height};" : null;
    }

    private static string? Length(string? value)
    {
        var m = value is null ? null : LengthPattern().Match(value.Trim());
        if (m is null || !m.Success || decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == 0) return null;
        return m.Groups[1].Value + (m.Groups[2].Value is { Length: > 0 } unit ? unit.ToLowerInvariant() : "px");
    }

    [GeneratedRegex(@"^(\d{1,5}(?:\.\d{1,3})?)\s*(px|%|em)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();
}
