using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// The reader's definition lists (a div of class <c>definition-list</c> holding <c>definition-term</c>
/// divs of one paragraph and <c>definition</c> divs) as <c>&lt;dl&gt;</c>, <c>&lt;dt&gt;</c> and <c>&lt;dd&gt;</c>.
/// A div that only looks like one (an author's own class) stays a div, because anything else inside a
/// <c>&lt;dl&gt;</c> would be invalid XHTML.
/// </summary>
internal static class DefinitionListRenderer
{
    public static bool IsDefinitionList(Div div) =>
        div.Attributes.HasClass("definition-list") && div.Content.Count > 0 && div.Content.All(b => b switch
        {
            Div { Content: [Paragraph] } term when term.Attributes.HasClass("definition-term") => true,
            Div definition when definition.Attributes.HasClass("definition") => true,
            _ => false,
        });

    public static void Write(XhtmlRenderer r, Div list)
    {
        r.Start("dl");
        r.CommonAttributes(list.Attributes with { Classes = [] });
        r.Newline();
        foreach (var item in list.Content.Cast<Div>())
        {
            if (item.Attributes.HasClass("definition-term"))
            {
                r.Start("dt");
                r.Marks.Before(r, item);
                r.Marks.Before(r, item.Content[0]);
                r.Inlines(((Paragraph)item.Content[0]).Content);
            }
            else
            {
                r.Start("dd");
                r.Marks.Before(r, item);
                r.Newline();
                r.Blocks(item.Content);
            }
            r.End();
            r.Newline();
        }
        r.End();
        r.Newline();
    }
}
