using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// Expands mdBook's directives in a chapter's text before Markdig sees it, as mdBook's preprocessor
/// does (so they work inside code fences, their main use): <c>{{#include …}}</c> and
/// <c>{{#rustdoc_include …}}</c> (both insert the selected lines, relative to the including file),
/// <c>{{#title …}}</c> (removed, and returned as the chapter's title), and <c>\{{#…}}</c>, which stays
/// literal without its backslash. Every output line keeps the file and line it came from, so a
/// diagnostic about included text points at the included file. A failed include stays as written,
/// visible in the book, and is reported.
/// </summary>
internal sealed partial class Includes(BookFiles files, DiagnosticSink sink)
{
    /// <summary>mdBook stops at the same depth; deeper chains are nearly always a cycle through copies.</summary>
    private const int MaxDepth = 10;

    public ExpandedText Expand(string text, string path)
    {
        // Go and Jinja templates in code put "{{" in many technical books; only a directive needs the
        // line-by-line pass, and one scan of the text finds out.
        if (!text.Contains("{{", StringComparison.Ordinal) || !Directive().IsMatch(text)) return ExpandedText.Plain(text);
        var output = new Output();
        string? title = null;
        var lines = Lines(text, path);
        Append(output, lines, path, [path], ref title);
        output.Finish(lines[^1].Origin);
        return new ExpandedText(output.Text.ToString(), output.Origins, title);
    }

    private sealed class Output
    {
        public StringBuilder Text { get; } = new();
        public List<LineOrigin> Origins { get; } = [];
        private bool _lineOpen;

        public void Write(string s, LineOrigin origin)
        {
            if (s.Length == 0) return;
            // A line belongs to whatever text starts it: an include at the start of a line gives its own origin.
            if (!_lineOpen) { Origins.Add(origin); _lineOpen = true; }
            Text.Append(s);
        }

        /// <summary>Gives the last line an origin even when it is empty (text ending in a newline).</summary>
        public void Finish(LineOrigin origin)
        {
            if (!_lineOpen) Origins.Add(origin);
        }

        public void EndLine(LineOrigin origin)
        {
            if (!_lineOpen) Origins.Add(origin);
            Text.Append('\n');
            _lineOpen = false;
        }
    }

    private static List<(string Text, LineOrigin Origin)> Lines(string text, string file) =>
        [.. text.Split('\n').Select((line, i) => (line, new LineOrigin(file, i + 1)))];

    private void Append(Output output, List<(string Text, LineOrigin Origin)> lines, string file, List<string> stack, ref string? title)
    {
        for (var n = 0; n < lines.Count; n++)
        {
            var (line, origin) = lines[n];
            var at = 0;
            foreach (Match m in Directive().Matches(line))
            {
                output.Write(line[at..m.Index], origin);
                at = m.Index + m.Length;
                if (m.Groups["escape"].Success) { output.Write(m.Value[1..], origin); continue; }
                var source = new SourceSpan(origin.File, origin.Line, m.Index + 1);
                var argument = m.Groups["argument"].Value.Trim();
                switch (m.Groups["kind"].Value)
                {
                    case "title":
                        if (stack.Count == 1) title ??= argument;
                        break;
                    case "include" or "rustdoc_include":
                        if (!Include(output, argument, file, source, stack, ref title)) output.Write(m.Value, origin);
                        break;
                    default:
                        output.Write(m.Value, origin);
                        break;
                }
            }
            output.Write(line[at..], origin);
            if (n < lines.Count - 1) output.EndLine(origin);
        }
    }

    // Writes the included lines; false (after reporting why) when nothing could be included.
    private bool Include(Output output, string argument, string from, SourceSpan source, List<string> stack, ref string? title)
    {
        var directive = IncludeDirective.Parse(argument);
        var path = files.Resolve(from, directive.Path);
        if (path is null)
        {
            sink.Report(Codes.OutsideBook, $"include '{directive.Path}' is outside the book and was not read", source, "Keep included files inside the book folder.");
            return false;
        }
        if (stack.Contains(path, StringComparer.Ordinal) || stack.Count > MaxDepth)
        {
            var chain = string.Join(" → ", stack.Append(path));
            sink.Report(Codes.IncludeCycle, stack.Contains(path) ? $"cyclic include {chain} was not expanded" : $"includes nest deeper than {MaxDepth} levels ({chain})", source);
            return false;
        }
        var text = files.ReadText(path, sink, source);
        if (text is null)
        {
            // Unreadable and symlinked-out files were reported by the read itself.
            if (files.IsInside(path) && !files.Exists(path)) sink.Report(Codes.IncludeMissing, $"included file '{directive.Path}' not found", source, "The path is relative to the file that includes it.");
            return false;
        }
        var all = Lines(text.TrimEnd('\n'), path);
        var selected = directive.Select([.. all.Select(l => l.Text)]);
        if (selected is null)
        {
            sink.Report(Codes.IncludeAnchorMissing, $"anchor '{directive.Anchor}' not found in '{directive.Path}' (ANCHOR: {directive.Anchor} … ANCHOR_END: {directive.Anchor})", source);
            return false;
        }
        stack.Add(path);
        Append(output, [.. selected.Select(i => all[i - 1])], path, stack, ref title);
        stack.RemoveAt(stack.Count - 1);
        return true;
    }

    [GeneratedRegex(@"(?<escape>\\)\{\{#[^}\n]*\}\}|\{\{\s*#(?<kind>[a-zA-Z0-9_]+)\s+(?<argument>[^}\n]+)\}\}")]
    private static partial Regex Directive();
}
