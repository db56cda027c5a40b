using IDocBook.Core.Model;

namespace IDocBook.Core.Loading.Config;

/// <summary>
/// A config file read into one shape whatever its format (YAML, TOML, JSON, or <c>-M</c> pairs),
/// every node with its place, so that one schema checks them all. <see cref="Place"/> is null for
/// values given on the command line.
/// </summary>
internal abstract record ConfigNode(SourceSpan? Place);

/// <summary>The type a scalar has in its own format: YAML 1.2's core schema for plain YAML scalars, TOML's and JSON's own types.</summary>
internal enum ScalarKind { Text, Boolean, Integer, Float, DateTime, Null }

/// <summary>A single value, as written (<paramref name="Text"/>), with the type its format gave it.</summary>
internal sealed record ConfigScalar(string Text, ScalarKind Kind, SourceSpan? Place) : ConfigNode(Place);

internal sealed record ConfigList(IReadOnlyList<ConfigNode> Items, SourceSpan? Place) : ConfigNode(Place);

internal sealed record ConfigMap(IReadOnlyList<ConfigEntry> Entries, SourceSpan? Place) : ConfigNode(Place);

/// <summary>A key of a map, where the key was written, and its value.</summary>
internal sealed record ConfigEntry(string Key, SourceSpan? KeyPlace, ConfigNode Value);
