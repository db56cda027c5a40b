namespace IDocBook.Core.Loading;

/// <summary>
/// How much text includes may add to the whole book, shared by the chapters (which are expanded in
/// parallel): a chapter's own cap alone would let a thousand chapters each include 64 MB.
/// </summary>
internal sealed class IncludeBudget
{
    public const long MaxBookChars = 128L << 20;

    private long _spent;

    /// <returns>False, spending nothing, when <paramref name="chars"/> more would pass the book's budget.</returns>
    public bool TrySpend(long chars)
    {
        while (true)
        {
            var spent = Interlocked.Read(ref _spent);
            if (spent + chars > MaxBookChars) return false;
            if (Interlocked.CompareExchange(ref _spent, spent + chars, spent) == spent) return true;
        }
    }
}
