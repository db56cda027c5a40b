namespace IDocBook.Core.Model;

/// <summary>Where a link goes. The reader writes <see cref="UnresolvedTarget"/>; the link transform
/// turns every one of them into one of the other three, so writers never see paths.</summary>
public abstract record LinkTarget;

/// <summary>As written in the source, before resolution.</summary>
public sealed record UnresolvedTarget(string Href) : LinkTarget;

/// <summary>Leaves the book: http(s), mailto and other schemes.</summary>
public sealed record ExternalTarget(string Url) : LinkTarget;

/// <summary>A chapter of this book and, optionally, an anchor inside it.</summary>
public sealed record InternalTarget(string ChapterId, string? Anchor) : LinkTarget;

/// <summary>A target that could not be resolved (reported); writers show the content as plain text.</summary>
public sealed record BrokenTarget(string Href) : LinkTarget;
