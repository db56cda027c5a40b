namespace IDocBook.Pdf.Fonts;

/// <summary>
/// What a face is for, read from its coverage: a CJK face has the ideograph 一, a Latin face the letter
/// a, and symbol and emoji faces neither. Script-dependent punctuation (see
/// <c>Core.Text.ScriptContext</c>) takes the first face of its context's kind in the chain.
/// </summary>
public enum FaceKind { Latin, Cjk, Other }
