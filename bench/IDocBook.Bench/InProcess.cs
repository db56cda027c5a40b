using System.Diagnostics;
using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Timing;
using IDocBook.Pdf;

namespace IDocBook.Bench;

/// <summary>One build inside this process, timed stage by stage (what <c>build --timings</c> reports).</summary>
internal static class InProcess
{
    public sealed record Run(IReadOnlyList<StageTime> Stages, TimeSpan Total, int Pages, long EpubBytes, long PdfBytes, int Diagnostics);

    public static Run Build(string book)
    {
        var stages = new Stages();
        var sink = new DiagnosticSink();
        var start = Stopwatch.GetTimestamp();
        var model = BookInput.Read(book, sink, stages) ?? throw new InvalidOperationException($"{book} did not load");
        using var epub = new MemoryStream();
        EpubBuild.Write(model, epub, sink, stages);
        using var pdf = new MemoryStream();
        var pages = PdfWriter.Write(model, new PdfOptions(), pdf, sink, stages);
        return new Run(stages.All, Stopwatch.GetElapsedTime(start), pages, epub.Length, pdf.Length, sink.All.Count);
    }
}
