using IDocBook.Cli.Output;
using IDocBook.Core.Timing;
using Shouldly;

namespace IDocBook.Tests.Cli;

/// <summary>Issue 15.6: one progress line (stage, chapters done of total, pages), drawn in place and erased at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void TheLineNamesTheStagesTheirChaptersAndThePages()
    {
        var progress = new BuildProgress();
        progress.Enter("epub");
        progress.Enter("pdf layout");
        progress.Chapters("pdf layout", 201);
        for (var i = 0; i < 120; i++) progress.ChapterDone("pdf layout");
        progress.Pages(512);
        ProgressLine.Describe(progress.Now).ShouldBe("writing the EPUB, laying out the PDF: 120/201 chapters, 512 pages");
        progress.Leave("epub", TimeSpan.Zero);
        progress.Leave("pdf layout", TimeSpan.Zero);
        progress.Enter("pdf write");
        ProgressLine.Describe(progress.Now).ShouldBe("writing the PDF, 512 pages");
    }

    [Fact]
    public void TheLineIsDrawnInPlaceAndErasedAtTheEnd()
    {
        var progress = new BuildProgress();
        progress.Enter("parse");
        progress.Chapters("parse", 3);
        progress.ChapterDone("parse");
        var written = new StringWriter();
        var error = TextWriter.Synchronized(written);
        var line = ProgressLine.To(progress, error, new Style(enabled: false));
        // The timer draws it; wait for the first drawing (a deadline against hanging, not a timing).
        SpinWait.SpinUntil(() => { lock (error) return written.ToString().Length > 0; }, TimeSpan.FromSeconds(60)).ShouldBeTrue();
        line.Dispose();
        var text = written.ToString();
        text.ShouldStartWith("\r\u001b[2Kreading chapters: 1/3 chapters");
        text.ShouldEndWith("\r\u001b[2K");
        text.ShouldNotContain("\n");
    }

    [Fact]
    public void VerboseLinesGoAboveTheProgressLine()
    {
        var error = new StringWriter();
        using (var line = ProgressLine.To(new BuildProgress(), error, new Style(enabled: false))) line.WriteAbove("idocbook: parse took 12 ms");
        error.ToString().ShouldBe("idocbook: parse took 12 ms" + Environment.NewLine);
    }
}
