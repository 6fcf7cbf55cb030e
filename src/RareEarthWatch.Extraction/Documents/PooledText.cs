using System.Buffers;

namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// A file's decoded text for one reading. A page is decoded into a pooled buffer, not a string: its markup is
/// hundreds of kilobytes that reading scans once and cuts down, so a string per page would be allocated on the large
/// object heap only to be dropped. The same text as a string is made on demand (<see cref="ToText"/>,
/// <see cref="Later"/>), decoded again from the bytes, for provenance read after the buffer is returned.
/// </summary>
internal sealed class PooledText : IDisposable
{
    private readonly Func<string> later;
    private char[]? rented;
    private ReadOnlyMemory<char> chars;
    private bool disposed;

    private PooledText(ReadOnlyMemory<char> chars, char[]? rented, Func<string> later)
    {
        this.chars = chars;
        this.rented = rented;
        this.later = later;
    }

    /// <summary>The text (valid until disposed).</summary>
    public ReadOnlyMemory<char> Chars => disposed ? throw new ObjectDisposedException(nameof(PooledText)) : chars;

    /// <summary>Decodes <paramref name="bytes"/> with <paramref name="encoding"/> into a pooled buffer.</summary>
    public static PooledText Decode(byte[] bytes, ChosenEncoding encoding)
    {
        var body = bytes.AsSpan(encoding.Skip);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.Encoding.GetMaxCharCount(body.Length)));
        var length = encoding.Encoding.GetChars(body, buffer);
        return new PooledText(buffer.AsMemory(0, length), buffer, () => encoding.Decode(bytes));
    }

    /// <summary>Text that is already a string (plain text, tests).</summary>
    public static PooledText Of(string text) => new(text.AsMemory(), null, () => text);

    /// <summary>The text as a string (decoded again for a pooled page).</summary>
    public string ToText() => later();

    /// <summary>Makes the text as a string later, without holding the buffer: for what outlives the reading.</summary>
    public Func<string> Later => later;

    public void Dispose()
    {
        if (rented is { } buffer)
        {
            rented = null;
            ArrayPool<char>.Shared.Return(buffer);
        }

        chars = ReadOnlyMemory<char>.Empty;
        disposed = true;
    }
}
