using System.Text.RegularExpressions;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Loading.Config;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>The book.yml that <c>idocbook init</c> writes shows every key of the schema, and each example it gives is valid.</summary>
public partial class StarterConfigTests
{
    private static readonly string Template = File.ReadAllText(Repository.PathOf("src/IDocBook.Cli/Templates/common/book.yml"));

    [Fact]
    public void EveryKeyOfTheSchemaIsInTheStarterConfigSetOrCommented()
    {
        var written = KeyLine().Matches(Template).Select(m => (Indent: m.Groups["indent"].Length, Key: m.Groups["key"].Value)).ToList();
        foreach (var entry in ConfigSchema.Book.Entries)
        {
            written.ShouldContain(w => w.Indent == 0 && entry.Matches(w.Key), $"book.yml of init lacks '{entry.Name}'");
            if (entry is ConfigSection section)
                foreach (var inner in section.Entries)
                    written.ShouldContain(w => w.Indent > 0 && inner.Matches(w.Key), $"book.yml of init lacks '{entry.Name}: {inner.Name}'");
        }
    }

    [Fact]
    public void EveryCommentedExampleIsValidOnceUncommented()
    {
        var uncommented = string.Join('\n', Template.Split('\n').Select(l => KeyLine().IsMatch(l) ? Regex.Replace(l, @"^# ?", "") : l))
            .Replace("$title$", "Book").Replace("$language$", "en");
        uncommented.ShouldContain("\nnumbering: false");
        var sink = new DiagnosticSink();
        var tree = YamlConfig.Read(uncommented, "book.yml", out var problem);
        problem.ShouldBeNull();
        var config = SchemaReader.Read(tree!, ConfigSchema.Book, "book.yml", sink);
        sink.All.ShouldBeEmpty(string.Join("\n", sink.All));
        config.Places.Count.ShouldBeGreaterThanOrEqualTo(25);
    }

    // A key line, set or commented out: "title: …", "# numbering: false", "#   body: …".
    [GeneratedRegex(@"^#? ?(?<indent> *)(?<key>[a-z][a-z-]*):(?: |$)", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
