namespace IDocBook.Media.Images.Svg;

/// <summary>
/// What sanitizing an SVG gave: the bytes to store (null when refused), what was removed because it
/// could run or reach outside the file, what was removed because the SVG 1.1 schema forbids it there,
/// and why the SVG was refused: not well-formed (<see cref="Error"/>) or past its budget (<see cref="OverBudget"/>).
/// </summary>
public sealed record SvgResult(byte[]? Data, IReadOnlyList<string> Removed, IReadOnlyList<string> Invalid, string? Error = null, string? OverBudget = null)
{
    public static SvgResult Refused(string error) => new(null, [], [], Error: error);

    public static SvgResult TooLarge(string why) => new(null, [], [], OverBudget: why);
}
