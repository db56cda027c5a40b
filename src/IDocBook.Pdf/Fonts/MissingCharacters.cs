using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// Reports, once per book, each character no font has (drawn as <see cref="FontSet.Box"/>), at the
/// first block that shows it in reading order. Found from the model and the fonts, not while laying
/// out, so it holds whether the chapters were laid out now or reused from an earlier build.
/// </summary>
internal static class MissingCharacters
{
    public static void Report(Book book, IReadOnlyList<int> missing, DiagnosticSink sink)
    {
        if (missing.Count == 0) return;
        var wanted = missing.ToHashSet();
        var first = new Dictionary<int, SourceSpan?>();
        void Look(string? text, SourceSpan? source)
        {
            if (string.IsNullOrEmpty(text) || first.Count == wanted.Count) return;
            foreach (var rune in text.EnumerateRunes())
                if (wanted.Contains(rune.Value)) first.TryAdd(rune.Value, source);
        }

        Look(book.Metadata.Title, null);
        foreach (var chapter in book.Chapters)
        {
            Look(chapter.Title, new SourceSpan(chapter.SourcePath, 1, 1));
            foreach (var block in Walk.Blocks(chapter.Blocks)) Look(TextOf(block), block.Source);
        }
        foreach (var cp in missing)
        {
            sink.Report(Codes.CharacterMissing,
                $"No font has U+{cp:X4} '{char.ConvertFromUtf32(cp)}'; it is drawn as a box (□).", first.GetValueOrDefault(cp),
                "Name a font that has it in the config (fonts: fallback:) or with --font-path, or avoid the character.");
        }
    }

    // The text a block itself shows, not its children's (they are blocks of their own in the walk).
    private static string? TextOf(Block block) => block switch
    {
        Heading h => InlineText.Of(h.Content),
        Paragraph p => InlineText.Of(p.Content),
        CodeBlock c => c.Code,
        Table t => string.Join('\n', t.Header.Concat(t.Body).SelectMany(r => r.Cells).Select(c => InlineText.Of(c.Content))),
        Figure f => InlineText.Of([f.Image, .. f.Caption]),
        Details d => InlineText.Of(d.Summary),
        Listing l => new StringBuilder().Append(l.FileName).Append('\n').Append(InlineText.Of(l.Caption)).ToString(),
        _ => null,
    };
}
