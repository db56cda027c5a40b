using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace IDocBook.Core.Loading;

/// <summary>
/// Loads YAML a book supplies (configs, front matter) without trusting it. YamlDotNet builds its
/// tree recursively (50,000 nested sequences overflow the stack and end the process) and hashes
/// mapping keys (an alias used as a key makes it hash every node the alias expands to: 10^11 for a
/// 700-byte file). So the event stream is read first, iteratively, and the document is refused
/// when it nests deeper than <see cref="MaxDepth"/>, holds more than <see cref="MaxNodes"/> nodes,
/// or uses an alias or a collection as a key. Every exception the parser throws (not only
/// YamlException: a lone surrogate escape throws others) becomes a <see cref="Problem"/> with its place.
/// </summary>
public static class SafeYaml
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 100_000;

    /// <summary>Why the YAML was refused, at a 1-based line and column of the text.</summary>
    public sealed record Problem(string Message, int Line, int Column);

    /// <summary>The root node of the first document (null for an empty one), or null and the problem.</summary>
    public static YamlNode? Load(string text, out Problem? problem)
    {
        problem = Check(text);
        if (problem is not null) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = ProblemOf(e, Mark.Empty);
            return null;
        }
    }

    private sealed class Frame(bool mapping)
    {
        public bool Mapping { get; } = mapping;
        public bool AtKey { get; set; } = mapping;
    }

    // One pass over the events, with an explicit stack: depth, node count and keys.
    private static Problem? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var frames = new Stack<Frame>();
        var nodes = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.Start;
                switch (current)
                {
                    case MappingStart or SequenceStart or Scalar or AnchorAlias:
                        if (++nodes > MaxNodes) return At($"it holds more than {MaxNodes:N0} nodes", current.Start);
                        if (frames.TryPeek(out var parent) && parent.Mapping && parent.AtKey && current is not Scalar)
                            return At(current is AnchorAlias ? "an alias is used as a mapping key" : "a sequence or mapping is used as a mapping key", current.Start);
                        if (current is MappingStart or SequenceStart)
                        {
                            if (frames.Count >= MaxDepth) return At($"it nests deeper than {MaxDepth} levels", current.Start);
                            frames.Push(new Frame(current is MappingStart));
                        }
                        else Completed(frames);
                        break;
                    case MappingEnd or SequenceEnd:
                        frames.Pop();
                        Completed(frames);
                        break;
                }
            }
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ProblemOf(e, last);
        }
    }

    private static void Completed(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var frame) && frame.Mapping) frame.AtKey = !frame.AtKey;
    }

    private static Problem At(string what, Mark mark) => new(what, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static Problem ProblemOf(Exception e, Mark fallback)
    {
        var mark = e is YamlException y ? y.Start : fallback;
        var message = e is YamlException ? e.Message : $"it cannot be read ({e.Message.TrimEnd('.')})";
        return At(message, mark);
    }
}
