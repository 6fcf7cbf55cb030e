using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace RareEarthWatch.Extraction.Stories;

/// <summary>
/// A MinHash signature over word shingles of an article's main text. Two copies of one story,
/// even with different headlines and light edits, share most shingles; unrelated stories share
/// almost none. <see cref="BandKeys"/> are locality-sensitive hash keys: two texts whose
/// estimated similarity is high very likely share at least one key, so a store can find
/// candidates with an index instead of comparing every article.
/// </summary>
public sealed class TextFingerprint
{
    public const int ShingleSize = 4;
    public const int HashCount = 128;
    public const int RowsPerBand = 4;
    public const int BandCount = HashCount / RowsPerBand;

    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly ulong[] _minHashes;

    private TextFingerprint(ulong[] minHashes, int shingleCount)
    {
        _minHashes = minHashes;
        ShingleCount = shingleCount;
    }

    /// <summary>Number of distinct shingles in the text (0 for text too short to compare).</summary>
    public int ShingleCount { get; }

    public static TextFingerprint Compute(string text)
    {
        var words = Tokenize(text);
        var mins = new ulong[HashCount];
        Array.Fill(mins, ulong.MaxValue);
        if (words.Count < ShingleSize)
        {
            return new TextFingerprint(mins, 0);
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = 0; j < ShingleSize; j++)
            {
                h = Fnv1a(h, words[i + j]);
                h = (h ^ 0x20) * 1099511628211UL;
            }

            shingles.Add(h);
        }

        foreach (var shingle in shingles)
        {
            for (var k = 0; k < HashCount; k++)
            {
                var v = Mix(shingle ^ Seeds[k]);
                if (v < mins[k])
                {
                    mins[k] = v;
                }
            }
        }

        return new TextFingerprint(mins, shingles.Count);
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets (0..1).</summary>
    public double Similarity(TextFingerprint other)
    {
        if (ShingleCount == 0 || other.ShingleCount == 0)
        {
            return 0;
        }

        var equal = 0;
        for (var k = 0; k < HashCount; k++)
        {
            if (_minHashes[k] == other._minHashes[k])
            {
                equal++;
            }
        }

        return (double)equal / HashCount;
    }

    /// <summary>
    /// Estimated share of the smaller text's shingles found in the larger one (0..1): a copy cut
    /// short by one site still scores high against the full text.
    /// </summary>
    public double Containment(TextFingerprint other)
    {
        var jaccard = Similarity(other);
        if (jaccard == 0)
        {
            return 0;
        }

        var intersection = jaccard * (ShingleCount + other.ShingleCount) / (1 + jaccard);
        return Math.Min(1, intersection / Math.Min(ShingleCount, other.ShingleCount));
    }

    /// <summary>One key per band, as a short string suitable for an indexed column.</summary>
    public IReadOnlyList<string> BandKeys()
    {
        if (ShingleCount == 0)
        {
            return [];
        }

        var keys = new string[BandCount];
        for (var b = 0; b < BandCount; b++)
        {
            var h = 14695981039346656037UL ^ (ulong)b;
            for (var r = 0; r < RowsPerBand; r++)
            {
                h = Mix(h ^ _minHashes[(b * RowsPerBand) + r]);
            }

            keys[b] = string.Create(CultureInfo.InvariantCulture, $"{b:D2}:{h:x16}");
        }

        return keys;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[4 + (HashCount * 8)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, ShingleCount);
        for (var k = 0; k < HashCount; k++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + (k * 8)), _minHashes[k]);
        }

        return bytes;
    }

    public static TextFingerprint FromBytes(byte[] bytes)
    {
        if (bytes.Length != 4 + (HashCount * 8))
        {
            throw new ArgumentException($"A fingerprint is {4 + (HashCount * 8)} bytes; got {bytes.Length}.", nameof(bytes));
        }

        var mins = new ulong[HashCount];
        for (var k = 0; k < HashCount; k++)
        {
            mins[k] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(4 + (k * 8)));
        }

        return new TextFingerprint(mins, BinaryPrimitives.ReadInt32LittleEndian(bytes));
    }

    private static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static ulong Fnv1a(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    // SplitMix64 finaliser: a cheap, well-distributed 64-bit mixer.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < HashCount; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(state);
        }

        return seeds;
    }
}
