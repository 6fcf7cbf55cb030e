namespace RareEarthWatch.Extraction.Entities.Recognisers;

/// <summary>The tunable numbers of the organisation-candidate heuristics (docs/entities.md explains each).</summary>
public sealed record CandidateOptions
{
    public static CandidateOptions Default { get; } = new();

    /// <summary>Longest body name after "Ministry of" (tokens, connectors included): "Economy, Trade and Industry".</summary>
    public int MaxBodyNameTokens { get; init; } = 8;

    /// <summary>Lower-case words allowed between a demonym and a name it describes ("Brazilian rare earth miner Serra Verde").</summary>
    public int MaxDescriptorGapWords { get; init; } = 3;

    /// <summary>Longest name taken after a cue noun ("carrier SunExpress", "firm Goldman Sachs").</summary>
    public int MaxCuedNameTokens { get; init; } = 4;

    /// <summary>A one-word short form ("Serra") must have at least this many letters.</summary>
    public int MinShortFormLength { get; init; } = 3;

    /// <summary>Longest acronym defined after a candidate's name ("Sierra Nevada Corporation (SNC)").</summary>
    public int MaxAcronymLength { get; init; } = 8;

    /// <summary>A line without final punctuation whose long words are at least this share capitalised is a headline.</summary>
    public double HeadlineCapitalisedShare { get; init; } = 0.6;

    /// <summary>Words shorter than this are not counted for the headline share (of, the, and, to).</summary>
    public int HeadlineMinWordLength { get; init; } = 4;

    /// <summary>A headline needs at least this many long words (a short label is not judged).</summary>
    public int HeadlineMinWords { get; init; } = 3;
}
