using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Loading;
using IDocBook.Media.Images.Svg;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Media;

/// <summary>The one SVG sanitizer both writers use: inert, bounded and valid against SVG 1.1.</summary>
public sealed class SvgSanitizerTests
{
    private static SvgResult Clean(string svg) => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg));

    private static string Text(SvgResult result) => Encoding.UTF8.GetString(result.Data!);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ScriptsEventsForeignObjectsAndExternalReferencesAreRemoved()
    {
        var result = Clean("""
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" onload="alert(1)">
              <script>alert(2)</script>
              <style>@import url(http://evil.example/x.css);</style>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
              <image xlink:href="http://evil.example/track.png" width="1" height="1"/>
              <image href="../../secret.png" width="1" height="1"/>
              <use href="#dot"/>
              <circle id="dot" cx="5" cy="5" r="4" fill="url(#grad)" style="fill: url(https://evil.example/p)"/>
            </svg>
            """);
        result.Error.ShouldBeNull();
        var text = Text(result);
        foreach (var gone in new[] { "script", "alert", "evil.example", "foreignObject", "secret.png", "onload" }) text.ShouldNotContain(gone);
        text.ShouldContain("href=\"#dot\"");
        text.ShouldContain("fill=\"url(#grad)\"");
        result.Removed.ShouldBe(["<foreignObject>", "<script>", "external references", "onload attributes", "styles that load other files"], ignoreOrder: true);
    }

    [Fact]
    public void AnSvgInsideAnSvgIsSanitizedToo()
    {
        var inner = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <image href="http://127.0.0.1:9/inner.png" width="1" height="1"/><image xlink:href="file:///etc/passwd" width="1" height="1"/>
              <use href="file:///etc/hostname#x"/><rect id="keep" width="1" height="1"/>
            </svg>
            """;
        var result = Clean($"""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,{Base64(inner)}" width="5" height="5"/></svg>""");
        var outer = Text(result);
        var data = outer[(outer.IndexOf("base64,", StringComparison.Ordinal) + 7)..outer.IndexOf('"', outer.IndexOf("base64,", StringComparison.Ordinal))];
        var cleaned = Encoding.UTF8.GetString(Convert.FromBase64String(data));
        cleaned.ShouldNotContain("127.0.0.1");
        cleaned.ShouldNotContain("file:");
        cleaned.ShouldContain("id=\"keep\"");
        result.Removed.ShouldContain("external references");
    }

    [Theory]
    [InlineData("<style>@\\69mport url(http://evil.example/a.css); rect { fill: red }</style>")]
    [InlineData("<style>rect { fill: u\\72l(http://evil.example/p#x) }</style>")]
    [InlineData("<style>@media print { rect { fill: url('http://evil.example/p') } }</style>")]
    [InlineData("<style>@font-face { font-family: x; src: url(http://evil.example/f.woff) }</style>")]
    [InlineData("<rect style=\"fill: u\\72l(http://evil.example/p)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<rect fill=\"u\\72l(http://evil.example/p)\" width=\"1\" height=\"1\"/>")]
    public void CssEscapesHideNothing(string part)
    {
        var result = Clean($"""<svg xmlns="http://www.w3.org/2000/svg">{part}<rect width="1" height="1"/></svg>""");
        Text(result).ShouldNotContain("evil.example");
        result.Removed.ShouldNotBeEmpty();
    }

    [Fact]
    public void CssNestedTooDeeplyForAParserIsRemoved()
    {
        var deep = string.Concat(Enumerable.Repeat("@media print {", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));
        var result = Clean($"""<svg xmlns="http://www.w3.org/2000/svg"><style>{deep}</style><rect width="1" height="1"/></svg>""");
        Text(result).ShouldNotContain("@media");
        result.Removed.ShouldBe(["styles nested too deeply"]);
    }

    [Fact]
    public void LocalCssSurvivesAndPlainCssKeepsItsText()
    {
        const string plain = "rect { fill: red; dominant-baseline: middle }";
        Text(Clean($"""<svg xmlns="http://www.w3.org/2000/svg"><style>{plain}</style><rect width="1" height="1"/></svg>""")).ShouldContain(plain);
        var mixed = Text(Clean("""<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(x.css); rect { fill: url(#g) }</style><rect width="1" height="1"/></svg>"""));
        mixed.ShouldContain("url(\"#g\")");
        mixed.ShouldNotContain("x.css");
    }

    [Theory]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">")]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [<!ENTITY ns \"http://www.w3.org/2000/svg\"> <!-- a > in a comment --> <!ENTITY gt \"a>b\">]>")]
    [InlineData("<!DOCTYPE svg SYSTEM \"file:///etc/passwd\">")]
    [InlineData("<!-- > --><!DOCTYPE svg [<!-- > --> <?pi > ?> <!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    public void EveryDoctypeIsDroppedAndNoEntityIsExpanded(string doctype)
    {
        var bytes = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n{doctype}\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><rect width=\"1\" height=\"1\"/></svg>");
        MediaTypes.Sniff(bytes).ShouldBe("image/svg+xml");
        var result = SvgSanitizer.Sanitize(bytes);
        result.Error.ShouldBeNull();
        var text = Text(result);
        text.ShouldNotContain("DOCTYPE");
        text.ShouldNotContain("root:");
        text.ShouldContain("<rect");
    }

    [Fact]
    public void AnEntityBombAndBrokenXmlAreRefused()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
        Clean(bomb).ShouldSatisfyAllConditions(r => r.Data.ShouldBeNull(), r => r.Error.ShouldNotBeNull());
        Clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><unclosed></svg>").Error.ShouldNotBeNull();
    }

    [Fact]
    public void ACleanSvgKeepsItsBytes()
    {
        var clean = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");
        SvgSanitizer.Sanitize(clean).Data.ShouldBeSameAs(clean);
    }

    [Fact]
    public void WhatSvg11ForbidsWhereItStandsIsRemoved()
    {
        var result = Clean("""
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <feImage/><g><stop offset="0"/></g><tspan>x</tspan><mesh/>stray
              <rect id="a" foo="1" paint-order="stroke" fill-rule="bogus" width="1" height="1"/><rect id="a" width="1" height="1"/>
              <filter id="f"><feGaussianBlur stdDeviation="1"/></filter><text>kept<tspan>too</tspan></text>
            </svg>
            """);
        var text = Text(result);
        foreach (var gone in new[] { "feImage", "stop", "mesh", "stray", "foo=", "paint-order", "bogus" }) text.ShouldNotContain(gone);
        text.ShouldContain("feGaussianBlur");
        text.ShouldContain("kept<tspan>too</tspan>");
        Regex.Count(text, "id=\"a\"").ShouldBe(1);
        result.Invalid.ShouldContain("<feImage> inside <svg>");
        result.Invalid.ShouldContain("duplicate ids");
    }

    [Fact]
    public void ABillionLaughsOfUseIsOverBudget()
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (var i = 1; i <= 10; i++)
            svg.Append($"<g id=\"l{i}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{i - 1}\"/>", 10))).Append("</g>");
        svg.Append("</defs><use href=\"#l10\"/></svg>");
        Clean(svg.ToString()).OverBudget.ShouldNotBeNull().ShouldContain("<use>");
    }

    [Fact]
    public void DeepNestingAndTooManyElementsAreOverBudget()
    {
        Clean("<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", 20_000)) + string.Concat(Enumerable.Repeat("</g>", 20_000)) + "</svg>")
            .OverBudget.ShouldNotBeNull().ShouldContain("levels deep");
        Clean("<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<rect/>", 60_000)) + "</svg>")
            .OverBudget.ShouldNotBeNull().ShouldContain("elements");
    }

    [Fact]
    public void AUseThatContainsItselfIsRemoved()
    {
        var result = Clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"g\"><rect width=\"1\" height=\"1\"/><use href=\"#g\"/></g></svg>");
        result.OverBudget.ShouldBeNull();
        Text(result).ShouldNotContain("href=\"#g\"");
    }

    [Fact]
    public void AnEmbeddedImageBombIsOverBudgetAndABigOneIsDownscaled()
    {
        var bomb = TestImages.GreyPng(30_000, 30_000, rows: 1);
        Clean($"""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,{Convert.ToBase64String(bomb)}" width="1" height="1"/></svg>""")
            .OverBudget.ShouldNotBeNull().ShouldContain("million pixels");
        var big = TestImages.GreyPng(5_000, 10);
        var text = Text(Clean($"""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,{Convert.ToBase64String(big)}" width="1" height="1"/></svg>"""));
        var data = Convert.FromBase64String(text[(text.IndexOf("base64,", StringComparison.Ordinal) + 7)..text.IndexOf('"', text.IndexOf("base64,", StringComparison.Ordinal))]);
        TestImages.SizeOf(data).Width.ShouldBe(4096);
    }
}
