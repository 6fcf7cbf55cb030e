namespace RareEarthWatch.Extraction.Entities;

/// <summary>
/// Where a fact comes from: the matched span (<see cref="Start"/>, <see cref="Length"/>) as offsets
/// into the main text, and the whole sentence that holds it, which starts at <see cref="SentenceStart"/>.
/// </summary>
public sealed record Evidence(int Start, int Length, int SentenceStart, string Sentence)
{
    /// <summary>Offset of the matched span inside <see cref="Sentence"/>.</summary>
    public int OffsetInSentence => Start - SentenceStart;
}
