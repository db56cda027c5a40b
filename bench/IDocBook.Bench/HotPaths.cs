using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Core.Transforms.Highlighting;
using IDocBook.Epub;
using IDocBook.Pdf;

namespace IDocBook.Bench;

/// <summary>
/// Micro-benchmarks of the hot paths on one generated chapter (about five PDF pages): reading its
/// Markdown, colouring its longest code block, writing it as an EPUB, typesetting it as a PDF. For comparing
/// a change to one of them; the stage and whole-process figures are what the targets are set on.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private string _markdown = "";
    private CodeBlock _code = null!;
    private Book _book = null!;

    /// <summary>Runs every benchmark in this process, a short job each, and prints BenchmarkDotNet's table.</summary>
    public static int Run(string work)
    {
        Folder = Path.Combine(work, "micro");
        var config = ManualConfig.CreateMinimumViable().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        var summary = BenchmarkRunner.Run<HotPaths>(config);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    // Set before BenchmarkDotNet makes the instance: it runs in this process.
    private static string Folder { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        SyntheticBook.Write(Folder, chapters: 1, chapterBytes: 9000);
        var chapter = SyntheticBook.ChapterFiles(Folder).Last(); // after the README
        _markdown = File.ReadAllText(Path.Combine(Folder, chapter));
        _book = BookInput.Read(Folder, new DiagnosticSink()) ?? throw new InvalidOperationException($"{Folder} did not load");
        // The longest block, as the one that costs most.
        _code = _book.Chapters.SelectMany(c => Walk.Blocks(c.Blocks)).OfType<CodeBlock>().MaxBy(c => c.Code.Length)
            ?? throw new InvalidOperationException("the generated chapter has no code");
    }

    [Benchmark]
    public int ParseMarkdown() => Core.Markdown.MarkdownReader.Read(_markdown, "chapter.md", new DiagnosticSink()).Blocks.Count;

    [Benchmark]
    public int HighlightCode() => new CodeHighlighter().Highlight(_code.Language, _code.Code)?.Count ?? 0;

    [Benchmark]
    public long WriteEpub()
    {
        using var output = new MemoryStream();
        EpubWriter.Write(_book, new EpubOptions(), output);
        return output.Length;
    }

    [Benchmark]
    public long TypesetPdf()
    {
        using var output = new MemoryStream();
        PdfWriter.Write(_book, new PdfOptions(), output, new DiagnosticSink());
        return output.Length;
    }
}
