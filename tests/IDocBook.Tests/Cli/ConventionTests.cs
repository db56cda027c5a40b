using IDocBook.Cli.Commands;
using IDocBook.Cli.Output;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>Issue 15.4 and 15.5: the command behaves as git, cargo and Typst users expect.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConventionTests : IDisposable
{
    private readonly TempBook _book = new TempBook()
        .With("book.yml", "title: T\nauther: Ada\n")
        .With("SUMMARY.md", "* [A](a.md)\n* [B](b.md\n")
        .With("a.md", "# A\n\nSee [B](#nowhere).\n");

    public void Dispose() => _book.Dispose();

    [Fact]
    public void NoArgumentsPrintTheUsageAsHelpDoes()
    {
        var none = ConsoleCapture.Run();
        var help = ConsoleCapture.Run("--help");
        none.ExitCode.ShouldBe(0);
        none.Out.ShouldBe(help.Out);
        none.Out.ShouldContain("Usage:");
        none.Out.ShouldContain("explain <CODE>");
        none.Error.ShouldBeEmpty();
    }

    [Fact]
    public void TheHintIsOnItsOwnLineAndEverythingEndsWithAFullStop()
    {
        var result = ConsoleCapture.Run("check", _book.Root, "--color", "never");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(Path.Combine(_book.Root, "book.yml") + "(2,1): warning IDB0050: 'auther' is not a key IDocBook reads in book.yml; it is ignored.");
        lines.ShouldContain("  hint: If you meant 'author', correct the spelling.");
        lines.ShouldContain(Path.Combine(_book.Root, "SUMMARY.md") + "(2,3): error IDB0054: '[B](b.md' is not a link, so no chapter is made of it.");
        lines.ShouldAllBe(l => l.EndsWith('.'));
    }

    [Fact]
    public void QuietPrintsErrorsOnly()
    {
        var result = ConsoleCapture.Run("check", _book.Root, "-q");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error IDB0054");
        result.Error.ShouldNotContain("warning");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void VerboseNamesEachStageAsItEnds()
    {
        var result = ConsoleCapture.Run("-v", "check", _book.Root, "--color", "never");
        foreach (var stage in new[] { "load", "parse", "transforms", "images", "epub", "pdf layout" })
            result.Error.ShouldMatch($@"(?m)^idocbook: {stage} took [\d,]+ ms$");
        ConsoleCapture.Run("check", _book.Root).Error.ShouldNotContain(" took ");
    }

    [Fact]
    public void WarningsAsErrorsFailsOnAWarning()
    {
        using var warned = new TempBook().With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n[x](#nope)\n");
        ConsoleCapture.Run("check", warned.Root).ExitCode.ShouldBe(0);
        var strict = ConsoleCapture.Run("check", warned.Root, "--warnings-as-errors");
        strict.ExitCode.ShouldBe(1);
        strict.Out.Trim().ShouldBe("Checked 1 chapter: 0 errors, 1 warning (--warnings-as-errors).");
        ConsoleCapture.Run("--warnings-as-errors", "check", warned.Root).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void ColourFollowsTheOptionAndNoColor()
    {
        var always = ConsoleCapture.Run("check", _book.Root, "--color", "always");
        always.Error.ShouldContain("\u001b[1;31merror\u001b[0m \u001b[1mIDB0054\u001b[0m");
        always.Error.ShouldContain("\u001b[1;33mwarning\u001b[0m");
        ConsoleCapture.Run("check", _book.Root, "--color", "never").Error.ShouldNotContain("\u001b[");
        // The tests' streams are pipes: auto means no colour, as for any redirected output.
        ConsoleCapture.Run("check", _book.Root).Error.ShouldNotContain("\u001b[");
        var noColor = Environment.GetEnvironmentVariable("NO_COLOR");
        try
        {
            Environment.SetEnvironmentVariable("NO_COLOR", "1");
            Colors.Enabled(ColorMode.Auto, redirected: false).ShouldBeFalse();
            Colors.Enabled(ColorMode.Always, redirected: true).ShouldBeTrue();
            Environment.SetEnvironmentVariable("NO_COLOR", null);
            Colors.Enabled(ColorMode.Auto, redirected: true).ShouldBeFalse();
            Colors.Enabled(ColorMode.Never, redirected: false).ShouldBeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable("NO_COLOR", noColor);
        }
    }

    [Fact]
    public void ExplainPrintsTheLongerHelpOfACode()
    {
        var result = ConsoleCapture.Run("explain", "IDB0303");
        result.ExitCode.ShouldBe(0);
        result.Out.ShouldStartWith("IDB0303 (error): A file used as an image is not one.");
        result.Out.ShouldContain("an HTML page saved as `.png`");
        ConsoleCapture.Run("explain", "idb0050").Out.ShouldStartWith("IDB0050 (warning): ");
        var unknown = ConsoleCapture.Run("explain", "IDB9999");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("'IDB9999' is not an IDocBook diagnostic code.");
        var all = ConsoleCapture.Run("explain").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        all.Length.ShouldBe(IDocBook.Core.Diagnostics.Codes.All.Count);
        all.ShouldContain(l => l.StartsWith("IDB0054  error    A summary line that was meant as a link", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInternalErrorIsOneLineWithTheStackTraceOnlyWhenVerbose()
    {
        Exception thrown;
        try { throw new InvalidOperationException("Sequence contains no elements."); }
        catch (InvalidOperationException e) { thrown = e; }
        var quiet = new StringWriter();
        InternalError.Report(thrown, verbose: false, quiet).ShouldBe(3);
        quiet.ToString().ShouldBe("idocbook: internal error: InvalidOperationException: Sequence contains no elements. This is a bug in IDocBook: please report it, with the command and the book that caused it (run with -v for the stack trace)." + Environment.NewLine);
        var verbose = new StringWriter();
        InternalError.Report(new AggregateException(thrown), verbose: true, verbose);
        var lines = verbose.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("idocbook: internal error: InvalidOperationException: ");
        lines.ShouldContain(l => l.Contains(nameof(AnInternalErrorIsOneLineWithTheStackTraceOnlyWhenVerbose)));
    }

    [Fact]
    public void AnOutputIsNeverSeenBeforeItIsCommitted()
    {
        var path = Path.Combine(_book.Root, "out", "x.pdf");
        using (var pending = AtomicFile.Begin(path))
        {
            pending.Stream.Write("%PDF-half"u8);
            File.Exists(path).ShouldBeFalse();
        }
        Directory.GetFiles(Path.Combine(_book.Root, "out")).ShouldBeEmpty();
        using (var pending = AtomicFile.Begin(path))
        {
            pending.Stream.Write("%PDF-whole"u8);
            pending.Commit();
        }
        File.ReadAllText(path).ShouldBe("%PDF-whole");
        Directory.GetFiles(Path.Combine(_book.Root, "out")).Select(Path.GetFileName).ShouldBe(["x.pdf"]);
    }

    [Fact]
    public void SarifIsRefusedByWatch()
    {
        var result = ConsoleCapture.Run("watch", _book.Root, "--diagnostics-format", "sarif");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Use --diagnostics-format json with watch.");
    }
}
