using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// A stretch of text shaped in one call: one piece (style, link), one face, one script class.
/// <see cref="Wide"/> items are shaped as Han with language zh, the rest by guessed script.
/// <see cref="Missing"/> items hold characters no font has: each is shaped as <see cref="FontSet.Box"/>.
/// </summary>
internal readonly record struct Item(int Start, int End, int Piece, FontFace Face, bool Wide, bool Missing = false);
