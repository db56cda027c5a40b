using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IDocBook.Media.Images.Svg;

/// <summary>
/// How many elements an SVG draws once every <c>&lt;use&gt;</c> and every <c>url(#id)</c> reference
/// (patterns, markers, masks, clips, filters) is expanded: ten nested uses of ten make 10^10 from a
/// kilobyte. Counted with a memo per element, so the count itself stays linear; a reference back into
/// itself (a cycle) is removed, as renderers draw nothing for it.
/// </summary>
internal static partial class SvgExpansion
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <returns>The expanded element count, saturated just past <see cref="SvgSanitizer.MaxExpanded"/>.</returns>
    public static long Count(XElement root, SvgSanitizer.Work work)
    {
        var ids = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
            if ((string?)element.Attribute("id") is { } id) ids.TryAdd(id, element);
        var memo = new Dictionary<XElement, long>();
        var open = new HashSet<XElement>();
        var cyclic = new List<XAttribute>();
        var total = Expand(root, ids, memo, open, cyclic, 0);
        foreach (var attribute in cyclic.Where(a => a.Parent is not null))
        {
            attribute.Remove();
            work.Invalid.Add("references to themselves");
            work.Changed = true;
        }
        return total;
    }

    private const long Cap = SvgSanitizer.MaxExpanded + 1;

    private static long Expand(XElement element, Dictionary<string, XElement> ids, Dictionary<XElement, long> memo, HashSet<XElement> open, List<XAttribute> cyclic, int depth)
    {
        if (memo.TryGetValue(element, out var known)) return known;
        // Tree depth is bounded by the sanitizer; reference chains by this.
        if (depth > 4 * SvgSanitizer.MaxDepth) return Cap;
        open.Add(element);
        long count = 1;
        foreach (var child in element.Elements())
        {
            count = Math.Min(Cap, count + Expand(child, ids, memo, open, cyclic, depth + 1));
            if (count >= Cap) break;
        }
        foreach (var (attribute, id) in References(element))
        {
            if (count >= Cap || !ids.TryGetValue(id, out var target)) continue;
            if (open.Contains(target)) { cyclic.Add(attribute); continue; }
            count = Math.Min(Cap, count + Expand(target, ids, memo, open, cyclic, depth + 1));
        }
        open.Remove(element);
        memo[element] = count;
        return count;
    }

    private static IEnumerable<(XAttribute Attribute, string Id)> References(XElement element)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var value = attribute.Value.Trim();
            if (attribute.Name.LocalName == "href" && (attribute.Name.Namespace == XLink || attribute.Name.Namespace == XNamespace.None))
            {
                if (value.StartsWith('#')) yield return (attribute, value[1..]);
                continue;
            }
            foreach (Match m in Url().Matches(value)) yield return (attribute, m.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"url\(\s*['""]?#([^)'""\s]+)")]
    private static partial Regex Url();
}
