using System.Collections.Concurrent;
using IDocBook.Core.Model;
using TextMateSharp.Grammars;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// The lines one grammar copy has tokenized, by the state the line began in and its text, with what
/// came of them: the styled line and the state the next line begins in. A TextMate line's tokens
/// depend on nothing else, so a line met again in an equal state (a closing brace, <c>WORKDIR /app</c>,
/// a blank line, the imports every Go block opens with) skips the regular expressions, which are
/// nearly all of highlighting's time (sampled with dotnet-stack: 92 % in Oniguruma's search).
/// </summary>
/// <remarks>
/// States are compared as TextMate compares them to stop re-tokenizing an edited document
/// (<see cref="StateStack.Equals(object)"/>: the rule stack, the end patterns and the content
/// scopes); their own hash code throws on the root state, so the key hashes the rule stack itself.
/// Used by one thread at a time, under its grammar copy's lock. A memo lives as long as its
/// <see cref="CodeHighlighter"/>: one build.
/// </remarks>
internal sealed class LineMemo
{
    // A bound, so a huge book cannot grow it without end; past it, lines are tokenized again.
    private const int MaxLines = 100_000;

    private readonly Dictionary<Key, (CodeLine Line, IStateStack State)> _lines = [];

    public (CodeLine Line, IStateStack State)? Find(IStateStack? state, string line) =>
        _lines.TryGetValue(new Key(state as StateStack, line), out var known) ? known : null;

    public void Add(IStateStack? state, string line, CodeLine styled, IStateStack next)
    {
        if (_lines.Count < MaxLines) _lines[new Key(state as StateStack, line)] = (styled, next);
    }

    private readonly record struct Key(StateStack? State, string Line)
    {
        public bool Equals(Key other) => Line == other.Line && (State is null ? other.State is null : State.Equals(other.State));

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Line);
            for (var s = State; s is not null; s = s.Parent)
            {
                hash.Add(s.RuleId?.Id ?? -1);
                hash.Add(s.EndRule);
            }
            return hash.ToHashCode();
        }
    }
}

/// <summary>One <see cref="LineMemo"/> per grammar copy, for one highlighter.</summary>
internal sealed class LineMemos
{
    private readonly ConcurrentDictionary<object, LineMemo> _byGrammar = new(ReferenceEqualityComparer.Instance);

    public LineMemo For(object grammarCopy) => _byGrammar.GetOrAdd(grammarCopy, _ => new LineMemo());
}
