using IDocBook.Core.Caching;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Markdown;
using IDocBook.Core.Model;
using IDocBook.Core.Timing;

namespace IDocBook.Core.Loading;

/// <summary>
/// Reads a book from disk into the model: a folder (IDocBook, GitBook/HonKit or mdBook layout)
/// or a single Markdown file. Problems are reported; the loader returns what it could read.
/// </summary>
public static class BookLoader
{
    /// <summary>
    /// Reads the book; <paramref name="stages"/> times reading the layout ("load") apart from parsing
    /// the chapters ("parse"), and <paramref name="cache"/> supplies the parses of unchanged files.
    /// <paramref name="coverTextKnown"/> hears what a drawn cover would show as soon as a folder book's
    /// settings are read, unless they name a cover image.
    /// </summary>
    /// <param name="overrides">Settings given on the command line (<c>-M key=value</c>): they win over every config.</param>
    public static (Book? Book, BookFiles? Files) Load(string path, DiagnosticSink sink, Stages? stages = null, BuildCache? cache = null,
        Action<CoverText>? coverTextKnown = null, BookConfig? overrides = null)
    {
        stages ??= Stages.None;
        overrides ??= new BookConfig();
        var full = FullPath(path);
        // "notes.md/" asks for a folder, as the shell would: a file of that name is not it.
        var folderAsked = path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);
        if (full is not null && !folderAsked && File.Exists(full)) return stages.Time("parse", () => SingleFile(full, sink, cache, overrides));
        if (full is null || !Directory.Exists(full))
        {
            sink.Report(Codes.BookNotFound, $"'{path}' is neither a book folder nor a Markdown file.", null,
                "Give a folder with SUMMARY.md or a config file, or a .md file.");
            return (null, null);
        }
        var (files, config, parts, summaryPath) = stages.Time("load", () => Layout(full, sink, coverTextKnown, overrides));
        var committed = SourceDate.CommittedLater(config.Date, full);
        var chapters = new ChapterBuilder(files, sink, cache, stages.Progress);
        var bookParts = stages.Time("parse", () =>
            parts.Zip(chapters.Build([.. parts.Select(p => p.Entries)], summaryPath), (p, built) => new Part(p.Title, built))
                .Where(p => p.Chapters.Count > 0 || p.Title is not null).ToList());
        var metadata = Metadata(config, FolderName(full), committed, chapters.ReadFiles, files, bookParts, sink);
        return (Finish(new Book(metadata, bookParts, []), sink, new SourceSpan(summaryPath, 0, 0)), files);
    }

    /// <summary>
    /// The absolute path, without a trailing separator, so that <c>book</c>, <c>book/</c>, <c>./book</c>
    /// and <c>/abs/book</c> are one book; null for a path no file can have (empty, or holding a NUL).
    /// </summary>
    private static string? FullPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0')) return null;
        try
        {
            var full = Path.GetFullPath(path);
            return Path.GetPathRoot(full) == full ? full : Path.TrimEndingDirectorySeparator(full);
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>
    /// The folder's name as the file system spells it: <c>.</c> and <c>..</c> are resolved, and on a
    /// file system that ignores case, <c>MyBook</c> typed as <c>mybook</c> keeps its capitals.
    /// The root folder, which has no name, is "book".
    /// </summary>
    private static string FolderName(string full)
    {
        var name = Path.GetFileName(full);
        if (name.Length == 0) return "book";
        try
        {
            var parent = Path.GetDirectoryName(full);
            // The name is a search pattern here: one with wildcards would match other folders.
            if (parent is not null && name.IndexOfAny(['*', '?']) < 0
                && new DirectoryInfo(parent).EnumerateDirectories(name).FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } real)
                return real.Name;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException) { }
        return name;
    }

    /// <summary>True when <paramref name="folder"/> holds a summary or a config of a layout the loader reads.</summary>
    public static bool IsBookFolder(string folder) =>
        new[] { "SUMMARY.md", "book.yml", "book.yaml", "book.toml", "book.json" }.Any(name => File.Exists(Path.Combine(folder, name)));

    // The book's files, config and summary: everything before the chapters are parsed.
    private static (BookFiles, BookConfig, IReadOnlyList<SummaryPart>, string SummaryPath) Layout(string full, DiagnosticSink sink, Action<CoverText>? coverTextKnown,
        BookConfig overrides)
    {
        var files = new BookFiles(full, ReadBoundary.For(full));
        var config = ConfigReader.Read(files, sink).OverriddenBy(overrides);
        files = Bounded(files, config, sink);
        if (config.Cover is null) config = config.With("cover", GitBookCover(files, config), null);
        if (config.Cover is null) coverTextKnown?.Invoke(new CoverText(Title(config, FolderName(full)), config.Subtitle, config.Authors));
        var source = ConfigPath(files, config, "src", config.Source, sink)?.TrimEnd('/') ?? "";
        var summaryPath = ConfigPath(files, config, "summary", Join(source, config.Summary ?? "SUMMARY.md"), sink) ?? "SUMMARY.md";
        var summaryText = files.ReadText(summaryPath, sink);
        var parts = summaryText is null ? Listing(files, source, sink) : SummaryParser.Parse(summaryText, summaryPath, sink);
        // GitBook's introduction (structure.readme, README.md by default) leads the book when the summary does not list it.
        var readme = ConfigPath(files, config, "readme", Join(source, config.Readme ?? "README.md"), sink);
        if (summaryText is not null && config.Source is null && readme is not null && files.Exists(readme) && !files.Exists("book.toml"))
            parts = WithReadme(parts, readme, summaryPath);
        return (files, config, parts, summaryPath);
    }

    // A config's project-root widens (or narrows) where the book may read, within what ReadBoundary allows.
    private static BookFiles Bounded(BookFiles files, BookConfig config, DiagnosticSink sink)
    {
        if (config.ProjectRoot is not { } value) return files;
        if (ReadBoundary.Named(files.Root, value, out var why) is { } named) return files.WithBoundary(named);
        sink.Report(Codes.OutsideBook, $"The project-root '{value}' {why}; reads stay inside {(files.Boundary == files.Root ? "the book folder" : "the book's repository")}.",
            config.PlaceOf("project-root"), "Name the book folder or one of the folders that hold it, such as '..'.");
        return files;
    }

    // GitBook's convention: cover.jpg at the root of the book is its cover.
    private static string? GitBookCover(BookFiles files, BookConfig config)
    {
        foreach (var folder in new[] { "", config.Source?.Trim('/') ?? "" }.Distinct())
            if (Join(folder, "cover.jpg") is var path && files.Resolve("", path) is { } resolved && files.Exists(resolved)) return resolved;
        return null;
    }

    // A path from the config goes through the same boundary check as every other path of the book.
    private static string? ConfigPath(BookFiles files, BookConfig config, string key, string? value, DiagnosticSink sink)
    {
        if (value is null) return null;
        var resolved = files.Resolve("", value);
        if (resolved is not null && files.IsInside(resolved)) return resolved;
        sink.Report(Codes.OutsideBook, $"The {key} '{value}' is outside the book and was not read.", config.PlaceOf(key),
            "Use a path inside the book folder (or its repository).");
        return null;
    }

    private static (Book?, BookFiles?) SingleFile(string full, DiagnosticSink sink, BuildCache? cache, BookConfig overrides)
    {
        var folder = Path.GetDirectoryName(full)!;
        var files = new BookFiles(folder, ReadBoundary.For(folder));
        var name = Path.GetFileName(full);
        var text = files.ReadText(name, sink);
        if (text is null) return (null, null);
        var expanded = new Includes(files, sink).Expand(text, name);
        var file = cache is null ? MarkdownReader.Read(expanded, name, sink) : cache.Files.Reuse(ParseKey.For(name, "", null, default, expanded), own => MarkdownReader.Read(expanded, name, own), sink);
        var (title, parts) = SingleFileSplitter.Split(file, name);
        // A single file carries its settings in its front matter; folder configs belong to folder books.
        var front = file.FrontMatter;
        var top = new SourceSpan(name, 1, 1);
        var config = new BookConfig()
            .With("title", front.GetValueOrDefault("title") ?? title, top)
            .With("subtitle", front.GetValueOrDefault("subtitle"), top)
            .With("language", front.GetValueOrDefault("lang") ?? front.GetValueOrDefault("language"), top)
            .With("authors", front.GetValueOrDefault("author") is { } author ? new[] { author } : null, top)
            .With("description", front.GetValueOrDefault("description"), top)
            .With("identifier", front.GetValueOrDefault("identifier"), top)
            .With("name", Path.GetFileNameWithoutExtension(name), null)
            .OverriddenBy(overrides);
        var metadata = Metadata(config, Path.GetFileNameWithoutExtension(name), SourceDate.CommittedLater(config.Date, full), [name], files, parts, sink);
        return (Finish(new Book(metadata, parts, []), sink, new SourceSpan(name, 0, 0)), files);
    }

    private static Book? Finish(Book book, DiagnosticSink sink, SourceSpan where)
    {
        if (!book.Chapters.Any())
            sink.Report(Codes.EmptyBook, "The book has no chapters.", where, "Add chapters to SUMMARY.md, or Markdown files to the folder.");
        return book;
    }

    private static IReadOnlyList<SummaryPart> Listing(BookFiles files, string source, DiagnosticSink sink)
    {
        var paths = files.List(source, ".md", sink)
            .Where(p => !Path.GetFileName(p).Equals("SUMMARY.md", StringComparison.Ordinal))
            .OrderBy(p => Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(p => p, StringComparer.Ordinal);
        return [new SummaryPart(null, [.. paths.Select(p => new SummaryEntry(null, p, [], new SourceSpan(p, 0, 0)))])];
    }

    private static IReadOnlyList<SummaryPart> WithReadme(IReadOnlyList<SummaryPart> parts, string readme, string summaryPath)
    {
        static bool Lists(IEnumerable<SummaryEntry> entries, string path) =>
            entries.Any(e => string.Equals(e.Path?.TrimStart('.', '/'), path, StringComparison.Ordinal) || Lists(e.Children, path));
        var relative = readme[(readme.LastIndexOf('/') + 1)..];
        if (parts.Any(p => Lists(p.Entries, relative))) return parts;
        var intro = new SummaryEntry(null, relative, [], new SourceSpan(summaryPath, 0, 0)) { Kind = ChapterKind.Prefix };
        return parts.Count == 0 ? [new SummaryPart(null, [intro])] : [parts[0] with { Entries = [intro, .. parts[0].Entries] }, .. parts.Skip(1)];
    }

    // Fonts are read like every other file of the book: inside the boundary only, and they must be regular files.
    private static Dictionary<string, string> FontFiles(BookConfig config, BookFiles files, DiagnosticSink sink)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, path) in config.Fonts)
            if (FontFile(role, path, files, config.PlaceOf("fonts." + role), sink) is { } file) result[role] = file;
        return result;
    }

    // A font file from the config: inside the boundary, and a regular file, or reported and left out.
    private static string? FontFile(string role, string path, BookFiles files, SourceSpan? where, DiagnosticSink sink)
    {
        var resolved = files.Resolve("", path);
        var status = resolved is null ? default : files.Status(resolved);
        if (resolved is null || !files.IsInside(resolved))
            sink.Report(Codes.OutsideBook, $"The {role} font '{path}' is outside the book and was not read; the bundled font is used.", where, "Keep font files inside the book folder.");
        else if (status.Kind == FileKind.Missing)
            sink.Report(Codes.FontMissing, $"The {role} font '{path}' does not exist; the bundled font is used.", where, "Check the path, which is relative to the book folder.");
        else if (status.Kind != FileKind.Regular)
            sink.Report(Codes.NotARegularFile, $"The {role} font '{path}' is not a regular file and was not read; the bundled font is used.", where, "Point to a .ttf or .otf file.");
        else
            return Path.GetFullPath(Path.Combine(files.Root, resolved));
        return null;
    }

    private static string? Language(BookConfig config, DiagnosticSink sink)
    {
        if (config.Language is not { } value) return null;
        var where = config.PlaceOf("language");
        var tag = LanguageTag.Normalize(value, out var corrected);
        if (tag is null)
            sink.Report(Codes.LanguageInvalid, $"The language '{value}' is not a BCP 47 language tag; the language is guessed from the text instead.", where,
                "Write a tag such as zh-CN, en or ja.");
        else if (corrected)
            sink.Report(Codes.LanguageNormalized, $"The language '{value}' is a locale name, not a BCP 47 tag; '{tag}' is used.", where, $"Write language: {tag}.");
        return tag;
    }

    private static BookMetadata Metadata(BookConfig config, string folderName, Func<DateTimeOffset?> committed, IEnumerable<string> sources, BookFiles files, IReadOnlyList<Part> parts,
        DiagnosticSink sink)
    {
        var title = Title(config, folderName);
        var authors = config.Authors;
        return new BookMetadata
        {
            Title = title,
            Subtitle = config.Subtitle,
            Version = config.Version,
            Authors = authors,
            Language = Language(config, sink) ?? GuessLanguage(parts),
            Identifier = config.Identifier ?? DerivedIdentifier(title, authors),
            Description = config.Description,
            Publisher = config.Publisher,
            Rights = config.Rights,
            Keywords = config.Keywords,
            Date = SourceDate.Resolve(config.Date, committed, sources.Select(s => (s, files.Status(s))), sink),
            Cover = config.Cover,
            Name = SafeName(config.Name ?? folderName),
            NumberSections = config.Numbering ?? false,
            Paper = config.Paper,
            MarginsMm = config.MarginsMm,
            Punctuation = config.Punctuation,
            HangingPunctuation = config.HangingPunctuation ?? false,
            TocDepth = config.TocDepth,
            TwoSided = config.TwoSided ?? false,
            Certifier = Certifier(config, sink),
            Fonts = FontFiles(config, files, sink),
            FallbackFonts = [.. config.FontFallback.Select(f => FontFile("fallback", f, files, config.PlaceOf("fonts.fallback"), sink)).OfType<string>()],
            SystemFonts = config.SystemFonts ?? true,
            Places = config.Places,
        };
    }

    /// <summary>The config's certifier; a credential or report with no one named to hold it is reported and dropped.</summary>
    private static AccessibilityCertifier? Certifier(BookConfig config, DiagnosticSink sink)
    {
        if (config.Certifier is { } certifier) return certifier;
        var orphan = config.PlaceOf("accessibility.credential") ?? config.PlaceOf("accessibility.report");
        if (orphan is not null)
            sink.Report(Codes.ConfigInvalid, "accessibility: has a credential or report but no certified-by, the party that evaluated the book; it is ignored.", orphan,
                "Add certified-by: with the evaluator's name under accessibility:.");
        return null;
    }

    private static string Title(BookConfig config, string folderName) => config.Title ?? folderName;

    // A book without a language setting is most likely in the script most of its text is in.
    private static string GuessLanguage(IReadOnlyList<Part> parts)
    {
        var text = string.Concat(parts.SelectMany(p => p.Chapters).Take(20).Select(c => c.Title));
        int han = text.Count(c => c is >= '\u4E00' and <= '\u9FFF'), kana = text.Count(c => c is >= '\u3040' and <= '\u30FF');
        return kana > 0 ? "ja" : han > 0 ? "zh" : "en";
    }

    /// <summary>A UUID from the title and authors: stable across builds, different per book.</summary>
    private static string DerivedIdentifier(string title, IReadOnlyList<string> authors) =>
        NameBasedUuid.Urn("idocbook:" + title + "\n" + string.Join("\n", authors));

    private static string SafeName(string name)
    {
        var safe = string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '-' : c)).Trim('.', ' ');
        return safe.Length == 0 ? "book" : safe;
    }

    private static string Join(string folder, string file) => folder.Length == 0 ? file : folder + "/" + file;
}
