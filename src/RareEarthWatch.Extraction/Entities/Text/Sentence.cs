namespace RareEarthWatch.Extraction.Entities.Text;

/// <summary>A sentence of the main text: <c>mainText.Substring(Start, Text.Length) == Text</c>.</summary>
public sealed record Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}
