namespace RareEarthWatch.Extraction.Entities.Text;

/// <summary>Finds the sentence that holds an offset, and builds <see cref="Evidence"/>.</summary>
public sealed class SentenceIndex(IReadOnlyList<Sentence> sentences)
{
    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1 (white space between sentences).</summary>
    public int IndexOf(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    public Evidence Evidence(int start, int length)
    {
        var index = IndexOf(start);
        if (index < 0)
        {
            return new Evidence(start, length, start, string.Empty);
        }

        var sentence = Sentences[index];
        return new Evidence(start, length, sentence.Start, sentence.Text);
    }
}
