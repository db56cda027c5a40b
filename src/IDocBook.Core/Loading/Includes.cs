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
internal sealed partial class Includes(BookFiles files, DiagnosticSink sink, IncludeBudget? budget = null)
{
    /// <summary>mdBook stops at the same depth; deeper chains are nearly always a cycle through copies.</summary>
    private const int MaxDepth = 10;

    /// <summary>A chapter may grow by includes to 16 MB: four times the longest real book we know as one file, and what the writers lay out in seconds.</summary>
    public const long MaxChapterChars = 16L << 20;

    /// <summary>Text the chapter's includes may read (an anchor or a line range is found by reading the file).</summary>
    private const long MaxChapterReadChars = 1L << 30;

    private readonly IncludeBudget _budget = budget ?? new IncludeBudget();
    private readonly Dictionary<string, (List<(string Text, LineOrigin Origin)> All, string[] Texts, long Chars)?> _files = new(StringComparer.Ordinal);
    private long _read;
    private bool _overBudget;

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
            sink.Report(Codes.OutsideBook, $"Include '{directive.Path}' is outside the book and was not read.", source, "Keep included files inside the book folder.");
            return false;
        }
        if (stack.Contains(path, StringComparer.Ordinal) || stack.Count > MaxDepth)
        {
            var chain = string.Join(" → ", stack.Append(path));
            sink.Report(Codes.IncludeCycle, stack.Contains(path) ? $"Cyclic include {chain} was not expanded." : $"Includes nest deeper than {MaxDepth} levels ({chain}); the last was not expanded.", source,
                "Include each file from one place only, so that no file includes itself.");
            return false;
        }
        if (!_files.TryGetValue(path, out var file))
        {
            var read = files.ReadText(path, sink, source);
            var lines = read is null ? null : Lines(read.TrimEnd('\n'), path);
            _files[path] = file = lines is null ? null : (lines, [.. lines.Select(l => l.Text)], read!.Length);
        }
        if (file is not { } text)
        {
            // Unreadable, symlinked-out and non-regular files were reported by the read itself.
            if (files.IsInside(path) && !files.IsPresent(path)) sink.Report(Codes.IncludeMissing, $"Included file '{directive.Path}' does not exist.", source, "Check the path, which is relative to the file that holds the include.");
            return false;
        }
        if (_overBudget) return false;
        var all = text.All;
        _read += text.Chars;
        var selected = _read > MaxChapterReadChars ? [] : directive.Select(text.Texts);
        if (selected is null)
        {
            sink.Report(Codes.IncludeAnchorMissing, $"Anchor '{directive.Anchor}' is not in '{directive.Path}'.", source,
                $"Mark the lines in that file with ANCHOR: {directive.Anchor} and ANCHOR_END: {directive.Anchor}, or fix the anchor's name.");
            return false;
        }
        // Includes multiply (100 lines each including 100 files that include 100 more): each one is
        // paid for before it is expanded, from the chapter's budget and the book's.
        var size = selected.Sum(i => (long)all[i - 1].Text.Length + 1);
        var limit = _read > MaxChapterReadChars ? $"the chapter's includes read more than {MaxChapterReadChars >> 30} GB"
            : output.Text.Length + size > MaxChapterChars ? $"the chapter larger than {MaxChapterChars >> 20} MB"
            : !_budget.TrySpend(size) ? $"the book's included text larger than {IncludeBudget.MaxBookChars >> 20} MB"
            : null;
        if (limit is not null)
        {
            _overBudget = true;
            var chain = string.Join(" → ", stack.Append(path));
            sink.Report(Codes.IncludeTooLarge, $"Include {chain} would make {limit}; it and the includes after it were not expanded.", source,
                "Include fewer or smaller files; an include inside an included file repeats each time that file is included.");
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
