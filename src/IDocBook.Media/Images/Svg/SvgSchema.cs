namespace IDocBook.Media.Images.Svg;

/// <summary>
/// Where the SVG 1.1 schema (the one EPUBCheck validates against) lets each element stand, and which
/// attribute names it knows. Elements are checked against their parent; attributes against the names
/// of all SVG 1.1 elements together, plus <c>aria-*</c>, <c>role</c> and <c>data-*</c>, and the values
/// of a few enumerated properties. Attributes in other namespaces (Inkscape, Sodipodi, RDF) and
/// elements in them are allowed, as EPUBCheck allows them.
/// </summary>
internal static class SvgSchema
{
    private static readonly string[] Descriptive = ["desc", "title", "metadata"];
    private static readonly string[] Animation = ["animate", "animateColor", "animateMotion", "animateTransform", "set"];

    private static readonly string[] Primitives =
    [
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
        "feDropShadow", "feFlood", "feGaussianBlur", "feImage", "feMerge", "feMorphology", "feOffset", "feSpecularLighting", "feTile", "feTurbulence",
    ];

    /// <summary>What <c>g</c>, <c>svg</c>, <c>defs</c> and the other containers may hold.</summary>
    private static readonly string[] General =
    [
        .. Descriptive, .. Animation, "a", "altGlyphDef", "circle", "clipPath", "color-profile", "cursor", "defs", "ellipse", "filter", "font", "font-face",
        "foreignObject", "g", "image", "line", "linearGradient", "marker", "mask", "path", "pattern", "polygon", "polyline", "radialGradient", "rect",
        "script", "style", "svg", "switch", "symbol", "text", "use", "view",
    ];

    private static readonly string[] Graphic = [.. Descriptive, .. Animation];
    private static readonly string[] TextContent = [.. Descriptive, "tspan", "tref", "textPath", "altGlyph", "a", "animate", "set", "animateColor"];
    private static readonly string[] AnimateSet = ["animate", "set"];
    private static readonly string[] Lights = ["feDistantLight", "fePointLight", "feSpotLight"];

    private static readonly Dictionary<string, HashSet<string>> Children = Build();

    private static Dictionary<string, HashSet<string>> Build()
    {
        var map = new Dictionary<string, string[]>
        {
            ["svg"] = General, ["g"] = General, ["defs"] = General, ["symbol"] = General, ["a"] = General, ["marker"] = General,
            ["mask"] = General, ["pattern"] = General, ["glyph"] = General, ["missing-glyph"] = General, ["switch"] = General,
            ["clipPath"] = [.. Graphic, "circle", "ellipse", "line", "path", "polygon", "polyline", "rect", "text", "use"],
            ["circle"] = Graphic, ["ellipse"] = Graphic, ["line"] = Graphic, ["path"] = Graphic, ["polygon"] = Graphic, ["polyline"] = Graphic,
            ["rect"] = Graphic, ["image"] = Graphic, ["use"] = Graphic,
            ["text"] = [.. TextContent, "animateMotion", "animateTransform"], ["tspan"] = TextContent, ["textPath"] = TextContent,
            ["tref"] = [.. Descriptive, "animate", "set", "animateColor"], ["altGlyph"] = [],
            ["linearGradient"] = [.. Descriptive, "stop", "animate", "animateTransform", "set"],
            ["radialGradient"] = [.. Descriptive, "stop", "animate", "animateTransform", "set"],
            ["stop"] = ["animate", "set", "animateColor"],
            ["filter"] = [.. Descriptive, .. Primitives, "animate", "set"],
            ["feComponentTransfer"] = ["feFuncR", "feFuncG", "feFuncB", "feFuncA"],
            ["feMerge"] = ["feMergeNode"],
            ["feDiffuseLighting"] = [.. Descriptive, .. Lights], ["feSpecularLighting"] = [.. Descriptive, .. Lights],
            ["feFlood"] = ["animate", "set", "animateColor"], ["feImage"] = ["animate", "set", "animateTransform"],
            ["animate"] = Descriptive, ["animateColor"] = Descriptive, ["animateTransform"] = Descriptive, ["set"] = Descriptive,
            ["animateMotion"] = [.. Descriptive, "mpath"], ["mpath"] = Descriptive, ["view"] = Descriptive, ["cursor"] = Descriptive,
            ["color-profile"] = Descriptive, ["desc"] = [], ["title"] = [], ["metadata"] = [], ["style"] = [], ["script"] = [],
            ["font"] = [.. Descriptive, "font-face", "missing-glyph", "glyph", "hkern", "vkern"], ["hkern"] = [], ["vkern"] = [],
            ["font-face"] = [.. Descriptive, "font-face-src", "definition-src"], ["font-face-src"] = ["font-face-uri", "font-face-name"],
            ["font-face-uri"] = ["font-face-format"], ["font-face-format"] = [], ["font-face-name"] = [], ["definition-src"] = [],
            ["altGlyphDef"] = ["glyphRef", "altGlyphItem"], ["altGlyphItem"] = ["glyphRef"], ["glyphRef"] = [],
            ["foreignObject"] = [],
        };
        foreach (var primitive in Primitives) map.TryAdd(primitive, AnimateSet);
        foreach (var leaf in (string[])["feFuncR", "feFuncG", "feFuncB", "feFuncA", "feMergeNode", .. Lights]) map[leaf] = AnimateSet;
        return map.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>True when SVG 1.1 knows the element <paramref name="name"/>.</summary>
    public static bool IsElement(string name) => Children.ContainsKey(name);

    /// <summary>True when <paramref name="child"/> may stand inside <paramref name="parent"/> (both SVG elements).</summary>
    public static bool Allows(string parent, string child) => Children.TryGetValue(parent, out var allowed) && allowed.Contains(child);

    /// <summary>True for the elements whose text content is part of the schema (text, titles, styles).</summary>
    public static bool HoldsText(string name) => name is "text" or "tspan" or "tref" or "textPath" or "altGlyph" or "a" or "desc" or "title" or "style" or "script" or "metadata" or "glyphRef";

    private static readonly HashSet<string> Attributes = new(
        """
        accent-height accumulate additive alignment-baseline alphabetic amplitude arabic-form ascent attributeName attributeType azimuth baseFrequency
        baseProfile baseline-shift bbox begin bias by calcMode cap-height class clip clip-path clip-rule clipPathUnits color color-interpolation
        color-interpolation-filters color-profile color-rendering contentScriptType contentStyleType cursor cx cy d descent diffuseConstant direction
        display divisor dominant-baseline dur dx dy edgeMode elevation enable-background end exponent externalResourcesRequired fill fill-opacity
        fill-rule filter filterRes filterUnits flood-color flood-opacity focusable font-family font-size font-size-adjust font-stretch font-style
        font-variant font-weight format from fx fy g1 g2 glyph-name glyph-orientation-horizontal glyph-orientation-vertical glyphRef gradientTransform
        gradientUnits hanging height horiz-adv-x horiz-origin-x horiz-origin-y href id ideographic image-rendering in in2 intercept k k1 k2 k3 k4
        kernelMatrix kernelUnitLength kerning keyPoints keySplines keyTimes lang lengthAdjust letter-spacing lighting-color limitingConeAngle local
        marker-end marker-mid marker-start markerHeight markerUnits markerWidth mask maskContentUnits maskUnits mathematical max media method min
        mode name numOctaves offset opacity operator order orient orientation origin overflow overline-position overline-thickness panose-1 path
        pathLength patternContentUnits patternTransform patternUnits pointer-events points pointsAtX pointsAtY pointsAtZ preserveAlpha
        preserveAspectRatio primitiveUnits r radius refX refY rendering-intent repeatCount repeatDur requiredExtensions requiredFeatures restart result
        rotate rx ry scale seed shape-rendering slope spacing specularConstant specularExponent spreadMethod startOffset stdDeviation stemh stemv
        stitchTiles stop-color stop-opacity strikethrough-position strikethrough-thickness string stroke stroke-dasharray stroke-dashoffset
        stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width style surfaceScale systemLanguage tabindex tableValues target
        targetX targetY text-anchor text-decoration text-rendering textLength to transform type u1 u2 underline-position underline-thickness unicode
        unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical values version vert-adv-y vert-origin-x
        vert-origin-y viewBox viewTarget visibility widths width word-spacing writing-mode x x-height x1 x2 xChannelSelector y y1 y2
        yChannelSelector z zoomAndPan role
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly Dictionary<string, HashSet<string>> Values = new(StringComparer.Ordinal)
    {
        ["fill-rule"] = ["nonzero", "evenodd", "inherit"],
        ["clip-rule"] = ["nonzero", "evenodd", "inherit"],
        ["stroke-linecap"] = ["butt", "round", "square", "inherit"],
        ["stroke-linejoin"] = ["miter", "round", "bevel", "inherit"],
        ["text-anchor"] = ["start", "middle", "end", "inherit"],
        ["visibility"] = ["visible", "hidden", "collapse", "inherit"],
    };

    /// <summary>True when an attribute without a namespace is in the schema, with a value it accepts.</summary>
    public static bool AllowsAttribute(string name, string value)
    {
        if (name.StartsWith("aria-", StringComparison.Ordinal) || name.StartsWith("data-", StringComparison.Ordinal)) return true;
        if (!Attributes.Contains(name)) return false;
        return !Values.TryGetValue(name, out var allowed) || allowed.Contains(value.Trim());
    }
}
