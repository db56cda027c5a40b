namespace IDocBook.Core.Loading.Config;

/// <summary>
/// The keys each config file may hold, and what each value may be. A key is one entry: to add
/// one to book.yml, add a <see cref="ConfigKey"/> to <see cref="Book"/> (and an accessor to
/// <see cref="BookConfig"/>, a commented line to the starter book.yml and a README line, which
/// tests ask for). mdBook's and GitBook's own keys that IDocBook does not read are listed as
/// <see cref="OtherToolKey"/>s, so they pass in silence while a typo is still caught.
/// </summary>
internal static class ConfigSchema
{
    private static ConfigKey Key(string name, ConfigType type, string help, params string[] aliases) => new(name, type, help) { Aliases = aliases };

    private static readonly string[] FontRoles = ["body", "bold", "italic", "bold-italic", "heading", "mono"];

    /// <summary>IDocBook's own <c>book.yml</c> (or <c>book.yaml</c>), and the keys <c>-M key=value</c> may set.</summary>
    public static readonly ConfigSection Book = new("book.yml",
    [
        Key("title", ConfigType.Text, "the book's title"),
        Key("subtitle", ConfigType.Text, "the line under the title"),
        Key("authors", ConfigType.TextList, "who wrote the book", "author"),
        Key("language", ConfigType.Text, "a BCP 47 language tag such as zh-CN", "lang"),
        Key("identifier", ConfigType.Text, "a stable id such as urn:uuid:…"),
        Key("date", ConfigType.Date, "the publication date"),
        Key("version", ConfigType.Text, "the edition, shown on the title page"),
        Key("description", ConfigType.Text, "what the book is about"),
        Key("publisher", ConfigType.Text, "who publishes it"),
        Key("rights", ConfigType.Text, "the copyright and licence"),
        Key("keywords", ConfigType.TextList, "subjects for catalogues"),
        Key("cover", ConfigType.Path, "a cover image"),
        Key("name", ConfigType.Text, "the output files' name"),
        Key("numbering", ConfigType.Boolean, "numbers chapters and sections"),
        Key("paper", ConfigType.Paper, "the PDF's paper"),
        Key("margins", ConfigType.Margins, "the PDF's margins in millimetres", "margin"),
        Key("toc-depth", ConfigType.Integer(1, 6), "heading levels in the PDF's printed contents and the EPUB's nav"),
        Key("two-sided", ConfigType.Boolean, "sets the PDF for printing on both sides"),
        Key("punctuation", ConfigType.Choice("full-width", "kaiming"), "how Chinese punctuation is set in the PDF"),
        Key("hanging-punctuation", ConfigType.Boolean, "lets ，。、． at a line end hang into the margin"),
        new ConfigSection("fonts",
        [
            .. FontRoles.Select(role => Key(role, ConfigType.Path, $"the {role} font file")),
            Key("fallback", ConfigType.PathList, "font files tried for characters the others lack"),
            Key("system", ConfigType.Boolean, "whether the machine's fonts may be used"),
        ]),
        Key("src", ConfigType.Path, "the folder holding SUMMARY.md and the chapters", "source"),
        Key("summary", ConfigType.Path, "the summary's file name"),
        Key("project-root", ConfigType.Path, "how far up the book may read"),
        new ConfigSection("accessibility",
        [
            Key("certified-by", ConfigType.Text, "who evaluated the book's accessibility"),
            Key("credential", ConfigType.Text, "the evaluator's credential"),
            Key("report", ConfigType.Text, "the address of the evaluation's report"),
        ]),
    ]);

    /// <summary>What IDocBook reads of mdBook's <c>book.toml</c>, and mdBook's other keys.</summary>
    public static readonly ConfigSection MdBook = new("book.toml",
    [
        new ConfigSection("book",
        [
            // [book] title is the setting title, as in book.yml.
            Key("title", ConfigType.Text, "the book's title") with { Setting = "title" },
            Key("authors", ConfigType.TextList, "who wrote the book") with { Setting = "authors" },
            Key("description", ConfigType.Text, "what the book is about") with { Setting = "description" },
            Key("language", ConfigType.Text, "a BCP 47 language tag such as zh-CN") with { Setting = "language" },
            Key("src", ConfigType.Path, "the folder holding SUMMARY.md and the chapters") with { Setting = "src" },
            new OtherToolKey("multilingual"), new OtherToolKey("text-direction"),
        ]),
        new OtherToolKey("rust"), new OtherToolKey("build"), new OtherToolKey("preprocessor"), new OtherToolKey("output"),
    ]);

    /// <summary>What IDocBook reads of GitBook's (and HonKit's) <c>book.json</c>, and GitBook's other keys.</summary>
    public static readonly ConfigSection GitBook = new("book.json",
    [
        Key("title", ConfigType.Text, "the book's title"),
        Key("author", ConfigType.TextList, "who wrote the book") with { Setting = "authors" },
        Key("description", ConfigType.Text, "what the book is about"),
        Key("language", ConfigType.Text, "a BCP 47 language tag such as zh-CN"),
        Key("root", ConfigType.Path, "the folder holding SUMMARY.md and the chapters") with { Setting = "src" },
        new ConfigSection("structure",
        [
            Key("summary", ConfigType.Path, "the summary's file name") with { Setting = "summary" },
            Key("readme", ConfigType.Path, "the introduction's file name") with { Setting = "readme" },
            new OtherToolKey("glossary"), new OtherToolKey("langs"),
        ]),
        .. new[] { "isbn", "direction", "gitbook", "honkit", "plugins", "pluginsConfig", "links", "styles", "variables", "pdf", "generator" }
            .Select(k => new OtherToolKey(k)),
    ]);
}
