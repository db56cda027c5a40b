using System.Text.RegularExpressions;
using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// A terminal session (<c>console</c>): lines that start with a prompt are commands, coloured as shell
/// after the prompt; every other line is the program's output and stays plain.
/// </summary>
internal static partial class ShellSession
{
    /// <summary>
    /// The prompt of a command line: <c>$ </c>, <c># </c>, <c>% </c> or <c>&gt; </c> (a continuation),
    /// optionally after <c>user@host:path</c> or a <c>(venv)</c>, and PowerShell's <c>PS C:\&gt; </c>.
    /// A bare <c>$</c> line is an empty command.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\([\w.-]+\)\s*)?(?:[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s*)?[$#%>](?: |$)|^\s*PS [^>]*> ")]
    private static partial Regex Prompt();

    /// <summary>The styled lines, or null when the shell grammar could not tokenize the commands.</summary>
    public static IReadOnlyList<CodeLine>? Tokenize(IReadOnlyList<string> lines, Func<IReadOnlyList<string>, IReadOnlyList<CodeLine>?> shell)
    {
        var prompts = new int[lines.Count];
        var commands = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = Prompt().Match(lines[i]);
            prompts[i] = match.Success ? match.Length : -1;
            if (match.Success) commands.Add(lines[i][match.Length..]);
        }
        var styled = commands.Count == 0 ? [] : shell(commands);
        if (styled is null || styled.Count != commands.Count) return null;

        var result = new CodeLine[lines.Count];
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (prompts[i] < 0)
            {
                result[i] = new CodeLine([new CodeToken(lines[i], null)]);
                continue;
            }
            result[i] = new CodeLine([new CodeToken(lines[i][..prompts[i]], null), .. styled[next++].Tokens]);
        }
        return result;
    }
}
