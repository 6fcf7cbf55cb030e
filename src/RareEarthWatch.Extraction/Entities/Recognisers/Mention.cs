namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>One mention of an entity: its id and its span in the main text; <paramref name="Dateline"/> when it is the
/// country of the dateline city ("YANGON (Reuters) -"), where the story was filed rather than what it is about.</summary>
public sealed record Mention(string Id, int Start, int Length, bool Dateline = false)
{
    public int End => Start + Length;
}

/// <summary>A material named in the text (a product or an element), as a candidate for what a tonnage is of.</summary>
public sealed record MaterialMention(int Start, int Length, string? ProductId, string? ElementSymbol, string? AttachedElements)
{
    public int End => Start + Length;
}
